/**
 * `/plans/:planKey/revisions/compare?from=1&to=2`: two revisions chosen (kept in the address; by
 * default the last two, or the only one against itself), the counts in words as a polite status,
 * then what changed (`ComparisonView`). The comparison is fetched again when the plan changes.
 */
import { Alert, Button, Field, Fieldset, Label, Paragraph, Select, Spinner } from "@digdir/designsystemet-react";
import { useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import type { PlanDocument } from "../../../domain/plan-schema.js";
import { versionOf } from "../../../domain/versions.js";
import { AppLink } from "../../components/app-link.js";
import { PageHeader } from "../../components/page-header.js";
import { PlanBreadcrumbs } from "../../components/plan-breadcrumbs.js";
import { paths } from "../../components/plan-paths.js";
import { usePlanDocument } from "../../components/plan-route.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { ComparisonView } from "./compare-view.js";
import { useCountsText } from "./revision-counts.js";
import { type RevisionSummary, useComparison, useRevisionDocument, useRevisions } from "./revisions-api.js";

/** The revisions chosen in the address when they exist, else the last two (or the only one twice). */
export function chosenRevisions(revisions: RevisionSummary[], params: URLSearchParams): { from: number; to: number } {
  const numbers = revisions.map((r) => r.number);
  const last = numbers.at(-1) ?? 1;
  const known = (raw: string | null) => {
    const n = raw === null ? Number.NaN : Number(raw);
    return numbers.includes(n) ? n : null;
  };
  return {
    from: known(params.get("from")) ?? numbers.at(-2) ?? last,
    to: known(params.get("to")) ?? last,
  };
}

export function ComparePage() {
  const { t } = useTranslation();
  const plan = usePlanDocument();
  const planKey = plan.actionPlan.key;
  usePageTitle(t("revisions.compare.heading"), plan.actionPlan.title);
  const revisions = useRevisions(planKey);
  return (
    <div className="stack">
      <PlanBreadcrumbs
        crumbs={[
          { label: plan.actionPlan.title, to: paths.plan(planKey) },
          { label: t("revisions.heading"), to: paths.revisions(planKey) },
        ]}
      />
      <PageHeader
        eyebrow={plan.actionPlan.title}
        title={t("revisions.compare.heading")}
        intro={t("revisions.compare.intro")}
      />
      {revisions.status === "loading" ? (
        <div role="status">
          <Paragraph>
            <Spinner aria-hidden="true" data-size="xs" /> {t("revisions.loading")}
          </Paragraph>
        </div>
      ) : null}
      {revisions.status === "error" ? <LoadFailed retry={revisions.retry} /> : null}
      {revisions.status === "ready" ? (
        revisions.data.length === 0 ? (
          <Paragraph>{t("revisions.compare.noRevisions")}</Paragraph>
        ) : (
          <Chooser plan={plan} revisions={revisions.data} />
        )
      ) : null}
      <Paragraph>
        <AppLink to={paths.revisions(planKey)}>{t("revisions.compare.toRevisions")}</AppLink>
      </Paragraph>
    </div>
  );
}

function LoadFailed({ retry }: { retry: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert data-color="danger">
      <Paragraph>{t("state.errorMessage")}</Paragraph>
      <Button variant="secondary" data-size="sm" onClick={retry}>
        {t("state.retry")}
      </Button>
    </Alert>
  );
}

function Chooser({ plan, revisions }: { plan: PlanDocument; revisions: RevisionSummary[] }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { from, to } = chosenRevisions(revisions, params);
  const fromId = useId();
  const toId = useId();
  const choose = (which: "from" | "to", value: string) => {
    const next = { from: String(from), to: String(to), [which]: value };
    setParams(next, { replace: true });
  };
  const options = revisions.map((r) => (
    <Select.Option key={r.number} value={String(r.number)}>
      {t("revisions.compare.option", {
        number: r.number,
        status: r.status === "adopted" ? t("revisions.line.adopted") : t("revisions.line.draft"),
      })}
    </Select.Option>
  ));
  return (
    <>
      <Fieldset>
        <Fieldset.Legend>{t("revisions.compare.legend")}</Fieldset.Legend>
        <div className="compare-choice">
          <Field>
            <Label htmlFor={fromId}>{t("revisions.compare.from")}</Label>
            <Select id={fromId} value={String(from)} onChange={(e) => choose("from", e.target.value)}>
              {options}
            </Select>
          </Field>
          <Field>
            <Label htmlFor={toId}>{t("revisions.compare.to")}</Label>
            <Select id={toId} value={String(to)} onChange={(e) => choose("to", e.target.value)}>
              {options}
            </Select>
          </Field>
        </div>
      </Fieldset>
      <Comparison plan={plan} from={from} to={to} />
    </>
  );
}

function Comparison({ plan, from, to }: { plan: PlanDocument; from: number; to: number }) {
  const { t } = useTranslation();
  const planKey = plan.actionPlan.key;
  const countsText = useCountsText(plan);
  const planVersion = useMemo(() => versionOf(plan), [plan]);
  const comparison = useComparison(planKey, from, to, planVersion);
  const before = useRevisionDocument(planKey, from, planVersion);
  const after = useRevisionDocument(planKey, to, planVersion);
  const context =
    before.status === "ready" && after.status === "ready" ? { before: before.data, after: after.data } : null;
  const data = comparison.status === "ready" ? comparison.data : null;
  const empty = data !== null && data.plan.length === 0 && data.areas.length === 0 && data.counts.planFields === 0;
  return (
    <>
      <div role="status" aria-live="polite">
        {comparison.status === "loading" ? (
          <Paragraph>
            <Spinner aria-hidden="true" data-size="xs" /> {t("revisions.compare.loading")}
          </Paragraph>
        ) : null}
        {data !== null ? (
          <Paragraph className="comparison__summary">
            {empty
              ? t("revisions.compare.empty", { from, to })
              : t("revisions.compare.summary", { from, to, changes: countsText(data.counts) })}
          </Paragraph>
        ) : null}
      </div>
      {comparison.status === "error" ? <LoadFailed retry={comparison.retry} /> : null}
      {data !== null && !empty ? <ComparisonView plan={plan} comparison={data} context={context} /> : null}
    </>
  );
}
