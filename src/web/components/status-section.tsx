import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../domain/format.js";
import type { Measure, PlanDocument, StatusReport } from "../../domain/plan-schema.js";
import { periodLabel } from "../../domain/reporting-periods.js";
import { useLocale } from "../i18n/index.js";
import { DetailList } from "./detail-list.js";
import { useLevelNames } from "./level-names.js";
import { formatTimestampDate, reportsOfMeasure } from "./report-format.js";
import { AssessmentTag, StatusTag } from "./status-tags.js";
import { TableScroll } from "./table-scroll.js";

/** A measure's status: its latest report in full, and the earlier ones (and its activities') in a table. */
export function StatusSection({ plan, measure }: { plan: PlanDocument; measure: Measure }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const levels = useLevelNames(plan);
  const reports = reportsOfMeasure(plan, measure.key);
  const latest = reports.find((r) => r.activityKey === null) ?? null;
  const earlier = reports.filter((r) => r !== latest);
  const reported = (report: StatusReport) =>
    report.reportedBy
      ? t("report.latest.reportedByOn", {
          date: formatTimestampDate(report.reportedAt, locale),
          who: report.reportedBy,
        })
      : t("report.latest.reportedOn", { date: formatTimestampDate(report.reportedAt, locale) });
  const progress = (report: StatusReport) =>
    report.progressPercent === null
      ? null
      : t("report.latest.progressValue", { value: formatNumber(report.progressPercent, locale) });
  const concerns = (report: StatusReport) =>
    report.activityKey === null
      ? t("report.latest.wholeMeasure", { level: levels.title("measure") })
      : (measure.activities.find((a) => a.key === report.activityKey)?.title ?? report.activityKey);

  return (
    <section aria-labelledby="status" className="stack-sm">
      <Heading level={2} data-size="sm" id="status">
        {t("report.latest.heading")}
      </Heading>
      {latest === null ? (
        <Paragraph>{t("report.latest.none")}</Paragraph>
      ) : (
        <>
          <Heading level={3} data-size="xs">
            {t("report.latest.latestHeading", { period: periodLabel(latest.period, locale) })}
          </Heading>
          <DetailList
            details={[
              { label: t("report.latest.status"), value: <StatusTag status={latest.status} /> },
              { label: t("report.latest.assessment"), value: <AssessmentTag assessment={latest.assessment} /> },
              { label: t("report.latest.progress"), value: progress(latest) },
              { label: t("report.latest.comment"), value: latest.comment },
              { label: t("report.latest.reported"), value: reported(latest) },
            ]}
          />
        </>
      )}
      {earlier.length > 0 ? (
        <>
          <Heading level={3} data-size="xs" id="status-earlier">
            {t("report.latest.earlierHeading")}
          </Heading>
          <TableScroll labelledBy="status-earlier-caption">
            <Table zebra data-size="sm">
              <caption id="status-earlier-caption">
                {t("report.latest.earlierCaption", { title: measure.title })}
              </caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t("report.latest.period")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("report.latest.concerns")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("report.latest.status")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("report.latest.assessment")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("report.latest.progress")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("report.latest.comment")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("report.latest.reported")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {earlier.map((report) => (
                  <Table.Row key={`${report.period}/${report.activityKey ?? ""}/${report.reportedAt}`}>
                    <Table.Cell>{periodLabel(report.period, locale)}</Table.Cell>
                    <Table.Cell>{concerns(report)}</Table.Cell>
                    <Table.Cell>
                      <StatusTag status={report.status} />
                    </Table.Cell>
                    <Table.Cell>
                      <AssessmentTag assessment={report.assessment} />
                    </Table.Cell>
                    <Table.Cell>{progress(report) ?? ""}</Table.Cell>
                    <Table.Cell>{report.comment ?? ""}</Table.Cell>
                    <Table.Cell>{reported(report)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        </>
      ) : null}
    </section>
  );
}
