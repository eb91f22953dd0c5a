import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { AreaCoverage, CellRow, CoveredBy, UnknownRef } from "../../../domain/coverage.js";
import { formatNumber } from "../../../domain/format.js";
import { measureYears } from "../../../domain/measure-years.js";
import type { PlanDocument } from "../../../domain/plan-schema.js";
import { AppLink } from "../../components/app-link.js";
import { paths } from "../../components/plan-paths.js";
import { TableScroll } from "../../components/table-scroll.js";
import { useLocale } from "../../i18n/index.js";
import { AreaLink, useCoverageWords, useListFormat } from "./coverage-common.js";

type Cell = CellRow["years"][number];
type MatrixRow = { key: string; label: string; cells: Cell[] };

/** Where a covering measure or related plan is shown: the measure's page, or the related plans' page. */
function coveredByPath(planKey: string, by: { type: CoveredBy["type"]; key: string }): string {
  return by.type === "measure" ? paths.measure(planKey, by.key) : paths.relatedPlans(planKey);
}

/**
 * The area's own row. The coverage model gives only its covered years, so what covers each year is
 * gathered here by the same rules (`measureYears`; a related plan's link counts every year), which
 * includes measures that cite no strategy or only «?».
 */
function areaCells(plan: PlanDocument, area: AreaCoverage, years: number[]): Cell[] {
  const source = plan.focusAreas.find((a) => a.key === area.areaKey);
  const related: CoveredBy[] = plan.relatedPlans
    .filter((r) => r.links.some((link) => link.focusAreaKey === area.areaKey))
    .map((r) => ({ type: "relatedPlan", key: r.key, title: r.title }));
  return years.map((year) => {
    const measures: CoveredBy[] = (source?.measures ?? [])
      .filter((m) => measureYears(plan, m)?.includes(year) ?? false)
      .map((m) => ({ type: "measure", key: m.key, title: m.title }));
    return { year, isCovered: area.coveredYears.includes(year), by: [...measures, ...related] };
  });
}

/** One area: a heading linked to its page, its strategies (and sub-goals) by year, its unknown references. */
export function AreaMatrix({ plan, area, years }: { plan: PlanDocument; area: AreaCoverage; years: number[] }) {
  const { t } = useTranslation();
  const { levels } = useCoverageWords(plan);
  const headingId = `coverage-area-${area.areaKey}`;
  const rows = (items: CellRow[], level: "strategy" | "subGoal"): MatrixRow[] =>
    items.map((row) => ({
      key: `${level}-${row.number}`,
      label: t("coverage.numbered", { number: row.number, text: row.text }),
      cells: row.years,
    }));
  const areaRow: MatrixRow = {
    key: "area",
    label: t("coverage.matrix.areaRow", { level: levels.title(levels.areaLevel(area.kind)), number: area.number }),
    cells: areaCells(plan, area, years),
  };
  return (
    <section aria-labelledby={headingId} className="stack-sm coverage-area">
      <Heading level={3} data-size="sm" id={headingId}>
        <AreaLink plan={plan} area={area} />
      </Heading>
      <CoverageTable
        plan={plan}
        years={years}
        caption={t("coverage.matrix.strategiesCaption", { level: levels.title("strategy", true), title: area.title })}
        firstColumn={levels.title("strategy")}
        rows={[areaRow, ...rows(area.strategies, "strategy")]}
      />
      {area.subGoals.length > 0 ? (
        <CoverageTable
          plan={plan}
          years={years}
          caption={t("coverage.matrix.subGoalsCaption", { level: levels.title("subGoal", true), title: area.title })}
          firstColumn={levels.title("subGoal")}
          rows={rows(area.subGoals, "subGoal")}
        />
      ) : null}
      {area.unknownRefs.length > 0 ? <UnknownRefs plan={plan} refs={area.unknownRefs} /> : null}
    </section>
  );
}

type CoverageTableProps = {
  plan: PlanDocument;
  years: number[];
  caption: string;
  firstColumn: string;
  rows: MatrixRow[];
};

/** Rows by plan years, each cell saying in words whether it is covered. */
function CoverageTable({ plan, years, caption, firstColumn, rows }: CoverageTableProps) {
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <Table border className="coverage-table">
        <caption id={captionId}>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{firstColumn}</Table.HeaderCell>
            {years.map((year) => (
              <Table.HeaderCell key={year} scope="col" className="coverage-year">
                {year}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.key} className={row.key === "area" ? "coverage-area-row" : undefined}>
              <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
              {row.cells.map((cell) => (
                <CoverageCell key={cell.year} plan={plan} cell={cell} />
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

/** «Dekket» or «Ikke dekket» in words (the mark beside it is decoration), and what covers it. */
function CoverageCell({ plan, cell }: { plan: PlanDocument; cell: Cell }) {
  const { t } = useTranslation();
  return (
    <Table.Cell
      className={cell.isCovered ? "coverage-cell coverage-cell--covered" : "coverage-cell coverage-cell--gap"}
    >
      <span className="coverage-state">
        {cell.isCovered ? t("coverage.matrix.covered") : t("coverage.matrix.notCovered")}
      </span>
      {cell.by.length > 0 ? <CoveredByList plan={plan} by={cell.by} /> : null}
    </Table.Cell>
  );
}

/** The cell's measures and related plans, folded behind their count so that the matrix stays readable. */
function CoveredByList({ plan, by }: { plan: PlanDocument; by: CoveredBy[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const list = useListFormat();
  const { levels } = useCoverageWords(plan);
  const planKey = plan.actionPlan.key;
  // A related plan linking the area twice is one plan.
  const unique = by.filter((b, i) => by.findIndex((o) => o.type === b.type && o.key === b.key) === i);
  const measures = unique.filter((b) => b.type === "measure").length;
  const related = unique.length - measures;
  const parts = [
    measures > 0
      ? t("coverage.matrix.byMeasures", {
          n: formatNumber(measures, locale),
          level: levels.name("measure", measures !== 1),
        })
      : null,
    related > 0 ? t("coverage.matrix.byRelated", { count: related, n: formatNumber(related, locale) }) : null,
  ].filter((part): part is string => part !== null);
  return (
    <details className="coverage-by">
      <summary>{list(parts)}</summary>
      <ul className="coverage-by__list">
        {unique.map((b) => (
          <li key={`${b.type}-${b.key}`}>
            <AppLink to={coveredByPath(planKey, b)}>
              {b.type === "measure" ? b.title : t("coverage.matrix.relatedPlan", { title: b.title })}
            </AppLink>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** References to «Strategi ?» or «Delmål ?»: shown as unknown, never as covering anything. */
function UnknownRefs({ plan, refs }: { plan: PlanDocument; refs: UnknownRef[] }) {
  const { t } = useTranslation();
  const { levels } = useCoverageWords(plan);
  return (
    <div className="stack-xs coverage-unknown">
      <Heading level={4} data-size="2xs">
        {t("coverage.unknown.heading")}
      </Heading>
      <Paragraph data-size="sm">{t("coverage.unknown.intro")}</Paragraph>
      <ul>
        {refs.map((ref) => (
          <li key={`${ref.from}-${ref.key}-${ref.level}`}>
            <AppLink to={coveredByPath(plan.actionPlan.key, { type: ref.from, key: ref.key })}>{ref.title}</AppLink>{" "}
            <span>
              {t("coverage.unknown.item", {
                level: levels.title(ref.level),
                from: ref.from === "measure" ? levels.name("measure") : t("coverage.unknown.fromRelated"),
              })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
