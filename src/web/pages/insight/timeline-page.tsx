import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { type CSSProperties, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { formatDate } from "../../../domain/format.js";
import type { PlanDocument } from "../../../domain/plan-schema.js";
import {
  type PlanTimeline,
  planTimeline,
  type TimelineArea,
  type TimelineItem,
  type TimelineStartSource,
} from "../../../domain/timeline.js";
import { AppLink } from "../../components/app-link.js";
import { type FilterOption, FilterSelect } from "../../components/filter-select.js";
import { type LevelNamer, useLevelNames } from "../../components/level-names.js";
import { PageHeader } from "../../components/page-header.js";
import { PlanBreadcrumbs } from "../../components/plan-breadcrumbs.js";
import { paths } from "../../components/plan-paths.js";
import { usePlanDocument } from "../../components/plan-route.js";
import { TableScroll } from "../../components/table-scroll.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { useLocale } from "../../i18n/index.js";

type FilterName = "unit" | "flagship";
type Option = FilterOption;
/** The axis: the plan period as days since the epoch, its last day included. */
type Axis = { years: number[]; fromDay: number; days: number };

const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;

function axisOf(timeline: PlanTimeline): Axis {
  const fromDay = dayNumber(timeline.from);
  return { years: timeline.years, fromDay, days: dayNumber(timeline.to) - fromDay + 1 };
}

/** Where a bar lies on the axis, in percent: from its first day to the end of its last. */
function barStyle(axis: Axis, start: string, end: string): CSSProperties {
  const left = ((dayNumber(start) - axis.fromDay) / axis.days) * 100;
  const right = ((dayNumber(end) + 1 - axis.fromDay) / axis.days) * 100;
  return { left: `${left}%`, width: `${Math.max(right - left, 0.5)}%` };
}

/** The units to filter by: the plan's actors responsible for at least one item, in Norwegian order. */
function unitOptions(plan: PlanDocument, all: PlanTimeline): Option[] {
  const responsible = new Set(
    all.areas.flatMap((a) => [...a.items, ...a.unscheduled]).flatMap((i) => i.responsibleActorKeys),
  );
  return plan.actors
    .filter((actor) => responsible.has(actor.key))
    .map((actor) => ({ value: actor.key, label: actor.name }))
    .sort((a, b) => a.label.localeCompare(b.label, "nb"));
}

/** A filter from the URL, when it names one of the choices; anything else is ignored. */
function chosen(params: URLSearchParams, name: FilterName, options: Option[]): string | null {
  const value = params.get(name);
  return value !== null && options.some((o) => o.value === value) ? value : null;
}

/**
 * `/plans/:planKey/timeline?unit=…&flagship=…`: every measure and activity from its start to its end,
 * area by area. Computed from the plan already loaded by the route, with the same domain function as
 * the API's `/timeline`, so no extra request.
 */
export function TimelinePage() {
  const { t } = useTranslation();
  const plan = usePlanDocument();
  const levels = useLevelNames(plan);
  const [params, setParams] = useSearchParams();
  usePageTitle(t("timeline.heading"), plan.actionPlan.title);
  const all = useMemo(() => planTimeline(plan), [plan]);
  const units = useMemo(() => unitOptions(plan, all), [plan, all]);
  const flagships = plan.flagships.map((f) => ({ value: f.key, label: f.title }));
  const unit = chosen(params, "unit", units);
  const flagship = chosen(params, "flagship", flagships);
  const timeline = useMemo(() => planTimeline(plan, { unit, flagship }), [plan, unit, flagship]);
  const axis = axisOf(timeline);
  const planKey = plan.actionPlan.key;

  const handleChange = (name: FilterName, value: string) => {
    const next = new URLSearchParams(params);
    if (value === "") next.delete(name);
    else next.set(name, value);
    setParams(next);
  };
  const words = { measures: levels.name("measure", true), activities: levels.name("activity", true) };

  return (
    <div className="stack timeline-page">
      <PlanBreadcrumbs crumbs={[{ label: plan.actionPlan.title, to: paths.plan(planKey) }]} />
      <PageHeader
        title={t("timeline.heading")}
        intro={t("timeline.intro", {
          ...words,
          first: plan.actionPlan.firstYear,
          last: plan.actionPlan.lastYear,
          areas: levels.name("focusArea", true),
        })}
      />
      <form className="filters" aria-label={t("timeline.filters")} onSubmit={(event) => event.preventDefault()}>
        <div className="filters__grid">
          <FilterSelect
            allLabel={t("timeline.all")}
            name="unit"
            label={t("timeline.unit")}
            value={unit}
            options={units}
            onChange={handleChange}
          />
          <FilterSelect
            allLabel={t("timeline.all")}
            name="flagship"
            label={t("timeline.flagship")}
            value={flagship}
            options={flagships}
            onChange={handleChange}
          />
        </div>
        {unit !== null || flagship !== null ? (
          <Button variant="secondary" data-size="sm" type="button" onClick={() => setParams(new URLSearchParams())}>
            {t("timeline.clear")}
          </Button>
        ) : null}
      </form>
      <Paragraph role="status" aria-live="polite" aria-atomic="true" className="result-count">
        <strong>{t("timeline.count", { ...words, shown: timeline.itemCount, total: timeline.totalCount })}</strong>
        {timeline.unscheduledCount > 0
          ? ` ${t("timeline.unscheduledCount", { count: timeline.unscheduledCount })}`
          : null}
      </Paragraph>
      <Paragraph data-size="sm" className="timeline-legend">
        {t("timeline.legend")}
      </Paragraph>
      {timeline.areas.map((area) => (
        <AreaTimeline key={area.areaKey} area={area} axis={axis} planKey={planKey} levels={levels} />
      ))}
    </div>
  );
}

type AreaTimelineProps = { area: TimelineArea; axis: Axis; planKey: string; levels: LevelNamer };

/** One area: its heading, and a table of its items on the axis, those not placed in time apart below. */
function AreaTimeline({ area, axis, planKey, levels }: AreaTimelineProps) {
  const { t } = useTranslation();
  const headingId = `timeline-${area.areaKey}`;
  const captionId = `${headingId}-caption`;
  const isEmpty = area.items.length === 0 && area.unscheduled.length === 0;
  const first = axis.years[0];
  const last = axis.years[axis.years.length - 1];
  const rowProps = { axis, planKey, levels };
  return (
    <section aria-labelledby={headingId} className="stack-sm timeline-area">
      <Heading level={2} data-size="sm" id={headingId}>
        {t("timeline.areaHeading", {
          level: levels.title(levels.areaLevel(area.kind)),
          number: area.number,
          title: area.title,
        })}
      </Heading>
      {isEmpty ? (
        <Paragraph>
          {t(area.isEmptiedByFilter ? "timeline.emptied" : "timeline.empty", {
            measures: levels.name("measure", true),
          })}
        </Paragraph>
      ) : (
        <TableScroll labelledBy={captionId}>
          <table className="ds-table timeline-table" data-size="sm">
            <caption id={captionId}>{t("timeline.caption", { title: area.title })}</caption>
            <thead>
              <tr>
                <th scope="col">
                  {t("timeline.item", { measure: levels.title("measure"), activity: levels.name("activity") })}
                </th>
                <th scope="col">{t("timeline.start")}</th>
                <th scope="col">{t("timeline.end")}</th>
                <th scope="col">{t("timeline.status")}</th>
                <th scope="col" className="timeline-axis-cell">
                  <span className="visually-hidden">{t("timeline.axis", { first, last })}</span>
                  <span className="timeline-years" aria-hidden="true">
                    {axis.years.map((year) => (
                      <span key={year}>{year}</span>
                    ))}
                  </span>
                </th>
              </tr>
            </thead>
            {area.items.length > 0 ? (
              <tbody>
                {area.items.map((item) => (
                  <TimelineRow key={`${item.type}/${item.key}`} item={item} {...rowProps} />
                ))}
              </tbody>
            ) : null}
            {area.unscheduled.length > 0 ? (
              <tbody className="timeline-unscheduled">
                <tr>
                  <th scope="colgroup" colSpan={5}>
                    {t("timeline.unscheduled")}
                  </th>
                </tr>
                {area.unscheduled.map((item) => (
                  <TimelineRow key={`${item.type}/${item.key}`} item={item} {...rowProps} />
                ))}
              </tbody>
            ) : null}
          </table>
        </TableScroll>
      )}
    </section>
  );
}

type TimelineRowProps = { item: TimelineItem; axis: Axis; planKey: string; levels: LevelNamer };

/** One measure or activity: its title (linked to the measure), start, end and why, and its bar. */
function TimelineRow({ item, axis, planKey, levels }: TimelineRowProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const isActivity = item.type === "activity";
  const rowClass = [
    "timeline-row",
    isActivity ? "timeline-row--activity" : "",
    item.isContext ? "timeline-row--context" : "",
  ];
  return (
    <tr className={rowClass.join(" ").trim()}>
      <th scope="row" className="timeline-title">
        {isActivity ? <span className="timeline-level">{levels.title("activity")}</span> : null}
        <AppLink to={paths.measure(planKey, item.measureKey)}>{item.title}</AppLink>
        {item.isContext ? (
          <span className="timeline-note">{t("timeline.context", { activities: levels.name("activity", true) })}</span>
        ) : null}
      </th>
      <td>
        {item.start.text ?? t("timeline.noStart")}
        <StartSourceNote source={item.start.source} levels={levels} />
      </td>
      <td>
        {formatDate(item.end.date, locale)}
        <span className="timeline-note">
          {t(`timeline.endSource.${item.end.source}`, { indicator: levels.name("indicator") })}
        </span>
      </td>
      <td>{item.status === null ? t("timeline.notReported") : t(`report.status.${item.status}`)}</td>
      <td className="timeline-bar-cell">
        {item.start.date === null ? (
          <span className="timeline-condition">
            {t("timeline.unscheduledNote", { text: item.start.text ?? t("timeline.noStart") })}
          </span>
        ) : (
          <TimelineBar axis={axis} start={item.start.date} end={item.end.date} isOpen={item.start.isBeforePeriod} />
        )}
      </td>
    </tr>
  );
}

/** Says where a start not the item's own comes from: its measure's, or its activities' earliest. */
function StartSourceNote({ source, levels }: { source: TimelineStartSource; levels: LevelNamer }) {
  const { t } = useTranslation();
  if (source === "measure") {
    return <span className="timeline-note">{t("timeline.startFromMeasure", { measure: levels.name("measure") })}</span>;
  }
  if (source === "activities") {
    const note = t("timeline.startFromActivities", { activities: levels.name("activity", true) });
    return <span className="timeline-note">{note}</span>;
  }
  return null;
}

type TimelineBarProps = { axis: Axis; start: string; end: string; isOpen: boolean };

/** The bar on the year grid; hidden from assistive technology, as the start and end cells say the same. */
function TimelineBar({ axis, start, end, isOpen }: TimelineBarProps) {
  return (
    <div
      className="timeline-track"
      aria-hidden="true"
      style={{ "--timeline-years": axis.years.length } as CSSProperties}
    >
      <div className={isOpen ? "timeline-bar timeline-bar--open" : "timeline-bar"} style={barStyle(axis, start, end)} />
    </div>
  );
}
