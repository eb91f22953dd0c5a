import { Table } from "@digdir/designsystemet-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { FocusArea } from "../../domain/plan-schema.js";
import { AppLink } from "./app-link.js";
import { useLevelNames } from "./level-names.js";
import { NumberRefs } from "./number-refs.js";
import { paths } from "./plan-paths.js";
import { usePlanDocument } from "./plan-route.js";
import { FundingTexts, IndicatorTexts, ResponsibilityText, StartText } from "./plan-texts.js";
import { TableScroll } from "./table-scroll.js";

type MeasureTableProps = { planKey: string; area: FocusArea };

/**
 * The area's measures as the plan prints them: Tiltak | Strategi | Måleindikator | Finansiering |
 * Ansvar | Oppstart. Each activity gets a row of its own under its measure, as a bullet, so its
 * indicator, funding, responsibility and start stand beside it.
 */
export function MeasureTable({ planKey, area }: MeasureTableProps) {
  const { t } = useTranslation();
  const levels = useLevelNames(usePlanDocument());
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <Table border className="measure-table">
        <caption id={captionId}>
          {t("edit.read.inArea", { level: levels.title("measure", true), title: area.title })}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{levels.title("measure")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{levels.title("strategy")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{levels.title("indicator")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("columns.funding")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("columns.responsibility")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("columns.start")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        {area.measures.map((measure) => (
          <Table.Body key={measure.key} className="measure-group">
            <Table.Row>
              <Table.HeaderCell scope="row" className="measure-title">
                <AppLink to={paths.measure(planKey, measure.key)}>{measure.title}</AppLink>
              </Table.HeaderCell>
              <Table.Cell rowSpan={1 + measure.activities.length} className="numbers">
                <NumberRefs refs={measure.strategyNumbers} />
              </Table.Cell>
              <Table.Cell>
                <IndicatorTexts indicators={measure.indicators} />
              </Table.Cell>
              <Table.Cell>
                <FundingTexts funding={measure.funding} />
              </Table.Cell>
              <Table.Cell>
                <ResponsibilityText responsibility={measure.responsibility} />
              </Table.Cell>
              <Table.Cell>
                <StartText start={measure.start} />
              </Table.Cell>
            </Table.Row>
            {measure.activities.map((activity) => (
              <Table.Row key={activity.key} className="activity-row">
                <Table.HeaderCell scope="row" className="activity-title">
                  <ul className="activity-bullet">
                    <li>{activity.title}</li>
                  </ul>
                </Table.HeaderCell>
                <Table.Cell>
                  <IndicatorTexts indicators={activity.indicators} />
                </Table.Cell>
                <Table.Cell>
                  <FundingTexts funding={activity.funding} />
                </Table.Cell>
                <Table.Cell>
                  <ResponsibilityText responsibility={activity.responsibility} />
                </Table.Cell>
                <Table.Cell>
                  <StartText start={activity.start} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        ))}
      </Table>
    </TableScroll>
  );
}
