import { Button, Heading, Textfield } from "@digdir/designsystemet-react";
import { type ChangeEvent, type FormEvent, useId } from "react";
import { useTranslation } from "react-i18next";
import type { MeasureFilter, MeasureView } from "../../domain/measure-views.js";
import type { PlanDocument } from "../../domain/plan-schema.js";
import { type FilterOption, FilterSelect } from "./filter-select.js";
import { useLevelNames } from "./level-names.js";
import type { FilterName } from "./measure-filter-url.js";

type Option = FilterOption;
type MeasureFiltersProps = {
  plan: PlanDocument;
  measures: MeasureView[];
  filter: MeasureFilter;
  /** The search box's text as typed (the filter's `q` is trimmed). */
  searchText: string;
  isFiltered: boolean;
  onChange: (name: FilterName, value: string) => void;
  onClear: () => void;
};

/** The measures list's filters: area, strategy, actor, start year, flagship and free text. */
export function MeasureFilters({
  plan,
  measures,
  filter,
  searchText,
  isFiltered,
  onChange,
  onClear,
}: MeasureFiltersProps) {
  const { t } = useTranslation();
  const levels = useLevelNames(plan);
  const headingId = useId();
  const area = plan.focusAreas.find((a) => a.key === filter.area);
  const inScope = area ? measures.filter((m) => m.area.key === area.key) : measures;
  const hasUnknown = inScope.some((m) => m.strategyNumbers.includes("unknown"));
  const strategyOptions: Option[] = area
    ? area.strategies.map((s) => ({
        value: String(s.number),
        label: `${t("edit.area.numberedName", { level: levels.title("strategy"), number: s.number })}: ${s.text}`,
      }))
    : [...new Set(inScope.flatMap((m) => m.strategyNumbers.filter((n) => n !== "unknown")))]
        .sort((a, b) => a - b)
        .map((n) => ({
          value: String(n),
          label: t("edit.area.numberedName", { level: levels.title("strategy"), number: n }),
        }));
  if (hasUnknown)
    strategyOptions.push({ value: "unknown", label: t("edit.read.unknown", { level: levels.name("strategy") }) });
  const actorKeys = new Set(measures.flatMap((m) => m.actorKeys));
  const actorOptions = plan.actors
    .filter((a) => actorKeys.has(a.key))
    .map((a) => ({ value: a.key, label: a.name }))
    .sort((a, b) => a.label.localeCompare(b.label, "nb"));
  const years = [...new Set(measures.flatMap((m) => m.startYears))].sort((a, b) => a - b);

  const handleSubmit = (event: FormEvent) => event.preventDefault();
  const handleSearch = (event: ChangeEvent<HTMLInputElement>) => onChange("q", event.target.value);

  return (
    <form className="filters" aria-labelledby={headingId} onSubmit={handleSubmit}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t("measures.filters")}
      </Heading>
      <div className="filters__grid">
        <FilterSelect
          allLabel={t("measures.all")}
          name="area"
          label={t("measures.area")}
          value={filter.area}
          options={plan.focusAreas.map((a) => ({ value: a.key, label: a.title }))}
          onChange={onChange}
        />
        <FilterSelect
          allLabel={t("measures.all")}
          name="strategy"
          label={levels.title("strategy")}
          value={filter.strategy}
          options={strategyOptions}
          onChange={onChange}
        />
        <FilterSelect
          allLabel={t("measures.all")}
          name="actor"
          label={t("measures.actor")}
          value={filter.actor}
          options={actorOptions}
          onChange={onChange}
        />
        <FilterSelect
          allLabel={t("measures.all")}
          name="startYear"
          label={t("measures.startYear")}
          value={filter.startYear}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
          onChange={onChange}
        />
        <FilterSelect
          allLabel={t("measures.all")}
          name="flagship"
          label={t("measures.flagship")}
          value={filter.flagship}
          options={plan.flagships.map((f) => ({ value: f.key, label: f.title }))}
          onChange={onChange}
        />
        <Textfield
          className="filters__search"
          type="search"
          label={t("measures.search")}
          value={searchText}
          onChange={handleSearch}
        />
      </div>
      {isFiltered ? (
        <Button variant="secondary" data-size="sm" type="button" onClick={onClear}>
          {t("measures.clear")}
        </Button>
      ) : null}
    </form>
  );
}
