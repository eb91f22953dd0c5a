import { Paragraph } from "@digdir/designsystemet-react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { filterMeasures, listMeasureViews } from "../../domain/measure-views.js";
import { useLevelNames } from "../components/level-names.js";
import { type FilterName, hasFilters, readFilter, withFilter } from "../components/measure-filter-url.js";
import { MeasureFilters } from "../components/measure-filters.js";
import { MeasureResultsTable } from "../components/measure-results-table.js";
import { PageHeader } from "../components/page-header.js";
import { usePlanDocument } from "../components/plan-route.js";
import { usePageTitle } from "../components/use-page-title.js";

/** `/plans/:planKey/measures`: every measure, filtered by the URL's query. */
export function MeasuresListPage() {
  const { t } = useTranslation();
  const plan = usePlanDocument();
  const levels = useLevelNames(plan);
  const [params, setParams] = useSearchParams();
  usePageTitle(levels.title("measure", true), plan.actionPlan.title);
  const measures = useMemo(() => listMeasureViews(plan), [plan]);
  const filter = useMemo(() => readFilter(params), [params]);
  const hits = useMemo(() => filterMeasures(measures, filter), [measures, filter]);

  // Each choice in a list is a step back can undo; typing in the search box replaces the step it is in.
  const handleChange = (name: FilterName, value: string) =>
    setParams(withFilter(params, name, value), { replace: name === "q" && params.has("q") && value !== "" });
  const handleClear = () => setParams(new URLSearchParams());

  return (
    <div className="stack">
      <PageHeader eyebrow={plan.actionPlan.title} title={levels.title("measure", true)} intro={t("measures.intro")} />
      <MeasureFilters
        plan={plan}
        measures={measures}
        filter={filter}
        searchText={params.get("q") ?? ""}
        isFiltered={hasFilters(params)}
        onChange={handleChange}
        onClear={handleClear}
      />
      <Paragraph role="status" aria-live="polite" aria-atomic="true" className="result-count">
        <strong>
          {t("edit.read.count", { count: hits.length, level: levels.name("measure", hits.length !== 1) })}
        </strong>{" "}
        {hits.length !== measures.length ? t("measures.countOf", { total: measures.length }) : null}
      </Paragraph>
      {hits.length === 0 ? (
        <Paragraph>{t("measures.empty")}</Paragraph>
      ) : (
        <MeasureResultsTable planKey={plan.actionPlan.key} measures={hits} />
      )}
    </div>
  );
}
