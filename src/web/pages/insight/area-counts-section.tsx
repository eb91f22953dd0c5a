/** One dashboard section: each area's measures counted by state (status or assessment), as a chart and a table. */
import { Heading, Table } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { AreaState } from "../../../domain/dashboard-model.js";
import { formatNumber } from "../../../domain/format.js";
import { AppLink } from "../../components/app-link.js";
import { paths } from "../../components/plan-paths.js";
import { TableScroll } from "../../components/table-scroll.js";
import { useLocale } from "../../i18n/index.js";
import { CountChart, type StateKey } from "./count-chart.js";

type AreaCountsSectionProps = {
  id: string;
  heading: string;
  caption: string;
  planKey: string;
  areas: AreaState[];
  states: ReadonlyArray<{ key: StateKey; label: string }>;
  countsOf: (area: AreaState) => Partial<Record<StateKey, number>>;
};

export function AreaCountsSection({ id, heading, caption, planKey, areas, states, countsOf }: AreaCountsSectionProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const totals = states.map((s) => areas.reduce((sum, area) => sum + (countsOf(area)[s.key] ?? 0), 0));
  const summary = t("insight.dashboard.countSummary", {
    heading,
    counts: states.map((s, i) => `${s.label}: ${formatNumber(totals[i] ?? 0, locale)}`).join(", "),
  });
  const captionId = `${id}-caption`;
  return (
    <section aria-labelledby={id} className="stack-sm">
      <Heading level={2} data-size="sm" id={id}>
        {heading}
      </Heading>
      <div className="chart-with-table">
        <CountChart
          summary={summary}
          bars={areas.map((area) => ({ label: area.title, counts: countsOf(area) }))}
          states={states}
          valueLabel={t("insight.dashboard.measuresAxis")}
        />
        <TableScroll labelledBy={captionId}>
          <Table data-size="sm">
            <caption id={captionId}>{caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t("insight.money.area")}</Table.HeaderCell>
                {states.map((s) => (
                  <Table.HeaderCell key={s.key} className="numeric">
                    {s.label}
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {areas.map((area) => (
                <Table.Row key={area.areaKey}>
                  <Table.HeaderCell scope="row">
                    <AppLink to={paths.area(planKey, area.areaKey)}>{area.title}</AppLink>
                  </Table.HeaderCell>
                  {states.map((s) => (
                    <Table.Cell key={s.key} className="numeric">
                      {formatNumber(countsOf(area)[s.key] ?? 0, locale)}
                    </Table.Cell>
                  ))}
                </Table.Row>
              ))}
              <Table.Row className="total-row">
                <Table.HeaderCell scope="row">{t("insight.money.total")}</Table.HeaderCell>
                {states.map((s, i) => (
                  <Table.Cell key={s.key} className="numeric">
                    {formatNumber(totals[i] ?? 0, locale)}
                  </Table.Cell>
                ))}
              </Table.Row>
            </Table.Body>
          </Table>
        </TableScroll>
      </div>
    </section>
  );
}
