import { Button, Heading, Paragraph, Spinner, Table } from "@digdir/designsystemet-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatList } from "../../domain/format.js";
import type { PlanDocument } from "../../domain/plan-schema.js";
import { periodLabel } from "../../domain/reporting-periods.js";
import { canonicalJson } from "../../domain/versions.js";
import { type AuditEvent, fetchAudit } from "../api/write-client.js";
import { useLocale } from "../i18n/index.js";
import { useLevelNames } from "./level-names.js";
import { formatTimestamp } from "./report-format.js";
import { TableScroll } from "./table-scroll.js";

type HistoryState = { status: "loading" } | { status: "error" } | { status: "ready"; events: AuditEvent[] };

const KNOWN_ACTIONS = new Set(["created", "updated", "deleted", "reordered", "reported"]);
const KNOWN_FIELDS = new Set([
  "title",
  "description",
  "strategyNumbers",
  "activities",
  "indicators",
  "funding",
  "responsibility",
  "start",
  "flagshipKey",
  "key",
  "status",
  "assessment",
  "progressPercent",
  "comment",
  "indicatorValues",
  "reportedBy",
  "reportedAt",
  "period",
]);
/** Fields that change with every write, or name the report itself, and say nothing of their own. */
const IGNORED_FIELDS = new Set(["reportedAt", "measureKey", "activityKey"]);

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The top-level fields that differ between before and after, in the order they first appear. */
export function changedFields(before: unknown, after: unknown): string[] {
  const a = asRecord(before);
  const b = asRecord(after);
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.filter(
    (key) => !IGNORED_FIELDS.has(key) && canonicalJson(a[key] ?? null) !== canonicalJson(b[key] ?? null),
  );
}

/** A measure's history from `/api/audit`: who did what when, and which fields changed; newest first. */
export function HistorySection({
  plan,
  measureKey,
  measureTitle,
}: {
  plan: PlanDocument;
  measureKey: string;
  measureTitle: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const levels = useLevelNames(plan);
  const planKey = plan.actionPlan.key;
  const [state, setState] = useState<HistoryState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt, and a new plan document after a write, force a reload
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: "loading" });
    fetchAudit({ plan: planKey, measure: measureKey }, controller.signal).then(
      (events) => setState({ status: "ready", events }),
      () => {
        if (!controller.signal.aborted) setState({ status: "error" });
      },
    );
    return () => controller.abort();
  }, [planKey, measureKey, attempt, plan]);

  const handleRetry = () => setAttempt((n) => n + 1);

  const entity = (event: AuditEvent) => {
    if (event.entityType === "measure") return t("report.history.entity.measure", { level: levels.title("measure") });
    if (event.entityType === "statusReport") {
      const report = asRecord(event.after ?? event.before);
      const period = typeof report.period === "string" ? periodLabel(report.period, locale) : event.entityKey;
      const activity = plan.focusAreas
        .flatMap((a) => a.measures)
        .find((m) => m.key === measureKey)
        ?.activities.find((a) => a.key === report.activityKey);
      return activity === undefined
        ? t("report.history.entity.statusReport", { key: period })
        : t("report.history.entity.statusReportActivity", { key: period, activity: activity.title });
    }
    return t("report.history.entity.other", { type: event.entityType, key: event.entityKey });
  };
  const action = (event: AuditEvent) =>
    KNOWN_ACTIONS.has(event.action)
      ? t(`report.history.action.${event.action as "created" | "updated" | "deleted" | "reordered" | "reported"}`)
      : t("report.history.action.other", { action: event.action });
  const fieldName = (field: string) =>
    KNOWN_FIELDS.has(field) ? t(`report.history.field.${field as "title"}`) : field;

  return (
    <section aria-labelledby="history" className="stack-sm">
      <Heading level={2} data-size="sm" id="history">
        {t("report.history.heading")}
      </Heading>
      {state.status === "loading" ? (
        <div role="status" className="stack-xs">
          <Spinner aria-hidden="true" data-size="sm" />
          <Paragraph data-size="sm">{t("report.history.loading")}</Paragraph>
        </div>
      ) : state.status === "error" ? (
        <div role="alert" className="stack-xs">
          <Paragraph>{t("report.history.error")}</Paragraph>
          <Button variant="secondary" data-size="sm" onClick={handleRetry}>
            {t("report.history.retry")}
          </Button>
        </div>
      ) : state.events.length === 0 ? (
        <Paragraph>{t("report.history.empty")}</Paragraph>
      ) : (
        <TableScroll labelledBy="history-caption">
          <Table zebra data-size="sm">
            <caption id="history-caption">{t("report.history.caption", { title: measureTitle })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t("report.history.when")}</Table.HeaderCell>
                <Table.HeaderCell>{t("report.history.who")}</Table.HeaderCell>
                <Table.HeaderCell>{t("report.history.what")}</Table.HeaderCell>
                <Table.HeaderCell>{t("report.history.changed")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {state.events.map((event) => {
                const fields = changedFields(event.before, event.after);
                return (
                  <Table.Row key={event.id}>
                    <Table.Cell>{formatTimestamp(event.occurredAt, locale)}</Table.Cell>
                    <Table.Cell>{event.actor ?? t("report.history.unknownActor")}</Table.Cell>
                    <Table.Cell>
                      {t("report.history.actionOn", { action: action(event), entity: entity(event) })}
                    </Table.Cell>
                    <Table.Cell>
                      {fields.length === 0 ? t("report.history.noFields") : formatList(fields.map(fieldName), locale)}
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
