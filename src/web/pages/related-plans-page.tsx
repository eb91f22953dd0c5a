import { Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../components/page-header.js";
import { usePlanDocument } from "../components/plan-route.js";
import { RelatedPlansTable } from "../components/related-plans-table.js";
import { usePageTitle } from "../components/use-page-title.js";

/** `/plans/:planKey/related-plans`: other plans' measures that serve this plan's goals. */
export function RelatedPlansPage() {
  const { t } = useTranslation();
  const plan = usePlanDocument();
  usePageTitle(t("related.heading"), plan.actionPlan.title);
  const hasUnknown = plan.relatedPlans.some((r) =>
    r.links.some((l) => l.subGoalNumbers.includes("unknown") || l.strategyNumbers.includes("unknown")),
  );
  return (
    <div className="stack">
      <PageHeader
        eyebrow={plan.actionPlan.title}
        title={t("related.heading")}
        intro={plan.actionPlan.relatedPlansIntroduction}
      />
      {plan.relatedPlans.length === 0 ? (
        <Paragraph>{t("related.empty")}</Paragraph>
      ) : (
        <>
          <RelatedPlansTable plan={plan} />
          {hasUnknown ? (
            <Paragraph data-size="sm" id="unknown-note">
              {t("related.unknownNote")}
            </Paragraph>
          ) : null}
        </>
      )}
    </div>
  );
}
