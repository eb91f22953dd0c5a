import { Table, Tag } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { RoundItem } from "../../domain/reporting-round.js";
import { AppLink } from "./app-link.js";
import { paths } from "./plan-paths.js";
import { useAccessHere } from "./plan-route.js";
import { AssessmentTag, StatusTag } from "./status-tags.js";
import { TableScroll } from "./table-scroll.js";

type ReportItemsTableProps = {
  planKey: string;
  period: string;
  items: readonly RoundItem[];
  caption: string;
  captionId: string;
};

/** The items of a reporting round: each with its report's status and assessment, or «Mangler», and a link to report. */
export function ReportItemsTable({ planKey, period, items, caption, captionId }: ReportItemsTableProps) {
  const { t } = useTranslation();
  const access = useAccessHere();
  return (
    <TableScroll labelledBy={captionId}>
      <Table zebra>
        <caption id={captionId}>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t("report.round.item")}</Table.HeaderCell>
            <Table.HeaderCell>{t("report.round.status")}</Table.HeaderCell>
            <Table.HeaderCell>{t("report.round.action")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((item) => {
            const title =
              item.activityTitle === null
                ? item.measureTitle
                : t("report.round.activityOf", { activity: item.activityTitle, measure: item.measureTitle });
            return (
              <Table.Row key={`${item.measureKey}/${item.activityKey ?? ""}`}>
                <Table.Cell>
                  <AppLink to={paths.measure(planKey, item.measureKey)}>{title}</AppLink>
                </Table.Cell>
                <Table.Cell>
                  {item.report === null ? (
                    <Tag data-color="danger">{t("report.round.missingTag")}</Tag>
                  ) : (
                    <span className="tag-row">
                      <StatusTag status={item.report.status} /> <AssessmentTag assessment={item.report.assessment} />
                    </span>
                  )}
                </Table.Cell>
                <Table.Cell>
                  {access.mayReportOnItem(item.measureKey, item.activityKey) ? (
                    <AppLink to={paths.report(planKey, item.measureKey, period)}>
                      {t("report.round.reportLink", { title })}
                    </AppLink>
                  ) : null}
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
