import { Table } from "@digdir/designsystemet-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { MeasureView } from "../../domain/measure-views.js";
import { AppLink } from "./app-link.js";
import { useLevelNames } from "./level-names.js";
import { NumberRefs } from "./number-refs.js";
import { paths } from "./plan-paths.js";
import { usePlanDocument } from "./plan-route.js";
import { MeasureSummaryTexts } from "./plan-texts.js";
import { TableScroll } from "./table-scroll.js";

type MeasureResultsTableProps = { planKey: string; measures: MeasureView[] };

/** The measures that match the filters: title (link), area, strategies, responsibility, start. */
export function MeasureResultsTable({ planKey, measures }: MeasureResultsTableProps) {
  const { t } = useTranslation();
  const levels = useLevelNames(usePlanDocument());
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <Table border zebra className="results-table">
        <caption id={captionId} className="visually-hidden">
          {t("edit.read.matching", { level: levels.title("measure", true) })}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{levels.title("measure")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("columns.area")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{levels.title("strategy")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("columns.responsibility")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("columns.start")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {measures.map((measure) => (
            <Table.Row key={measure.key}>
              <Table.HeaderCell scope="row" className="measure-title">
                <AppLink to={paths.measure(planKey, measure.key)}>{measure.title}</AppLink>
              </Table.HeaderCell>
              <Table.Cell>
                <AppLink to={paths.area(planKey, measure.area.key)}>{measure.area.title}</AppLink>
              </Table.Cell>
              <Table.Cell>
                <NumberRefs refs={measure.strategyNumbers} />
              </Table.Cell>
              <Table.Cell>
                <MeasureSummaryTexts measure={measure} field="responsibility" />
              </Table.Cell>
              <Table.Cell>
                <MeasureSummaryTexts measure={measure} field="start" />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
