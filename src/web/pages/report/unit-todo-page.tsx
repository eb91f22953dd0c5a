import { Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { periodLabel } from "../../../domain/reporting-periods.js";
import { unitToDo } from "../../../domain/reporting-round.js";
import { AppLink } from "../../components/app-link.js";
import { NotFound } from "../../components/not-found.js";
import { PageHeader } from "../../components/page-header.js";
import { PlanBreadcrumbs } from "../../components/plan-breadcrumbs.js";
import { paths } from "../../components/plan-paths.js";
import { usePlanDocument } from "../../components/plan-route.js";
import { ReportItemsTable } from "../../components/report-items-table.js";
import { ReportPeriodSelect, useReportingPeriod } from "../../components/report-period-select.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { useLocale } from "../../i18n/index.js";

/** `/plans/:planKey/reporting/units/:actorKey?period=…`: one unit's to-do list for a period, missing first. */
export function UnitToDoPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const plan = usePlanDocument();
  const planKey = plan.actionPlan.key;
  const actorKey = useParams().actorKey ?? "";
  const { period, choices, setPeriod } = useReportingPeriod(plan);
  const actor = plan.actors.find((a) => a.key === actorKey);
  usePageTitle(actor ? t("report.todo.heading", { name: actor.name }) : undefined, plan.actionPlan.title);
  if (actor === undefined) return <NotFound message={t("report.todo.notFound", { key: actorKey })} />;
  const todo = period === null ? null : unitToDo(plan, period, actorKey);
  return (
    <div className="stack">
      <PlanBreadcrumbs
        crumbs={[
          { label: plan.actionPlan.title, to: paths.plan(planKey) },
          { label: t("report.round.heading"), to: paths.reportingRound(planKey, period ?? undefined) },
        ]}
      />
      <PageHeader
        eyebrow={t("report.todo.eyebrow")}
        title={t("report.todo.heading", { name: actor.name })}
        intro={t("report.todo.intro", { name: actor.name })}
      />
      <ReportPeriodSelect id="todo-period" value={period ?? ""} choices={choices} onChange={setPeriod} />
      {todo === null || period === null ? null : todo.items.length === 0 ? (
        <Paragraph>{t("report.todo.empty", { name: actor.name })}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {t("report.round.unitCounts", { reported: todo.reportedCount, missing: todo.missingCount })}
          </Paragraph>
          <ReportItemsTable
            planKey={planKey}
            period={period}
            items={todo.items}
            caption={t("report.todo.caption", { name: actor.name, period: periodLabel(period, locale) })}
            captionId="todo-caption"
          />
        </>
      )}
      <Paragraph>
        <AppLink to={paths.reportingRound(planKey, period ?? undefined)}>{t("report.todo.back")}</AppLink>
      </Paragraph>
    </div>
  );
}
