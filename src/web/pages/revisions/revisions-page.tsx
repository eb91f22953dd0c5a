/**
 * `/plans/:planKey/revisions`: which revision is in force, the revisions on a line (each with its
 * status, decision and what changed against the one before), the adoption of the current revision
 * while it is a draft, and the way on: evaluate the year, roll the plan, compare revisions.
 * A revision's status is the API's (adopted in Planspor), not whether its document has a date.
 */
import { Alert, Button, Heading, Paragraph, Spinner, Tag } from "@digdir/designsystemet-react";
import { type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../../domain/format.js";
import { AppLink } from "../../components/app-link.js";
import { PageHeader } from "../../components/page-header.js";
import { PlanBreadcrumbs } from "../../components/plan-breadcrumbs.js";
import { paths } from "../../components/plan-paths.js";
import { useAccessHere, usePlanDocument } from "../../components/plan-route.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { useLocale } from "../../i18n/index.js";
import { AdoptForm } from "./revision-adopt-form.js";
import { useCountsText } from "./revision-counts.js";
import { type RevisionSummary, useRevisions } from "./revisions-api.js";

export function RevisionsPage() {
  const { t } = useTranslation();
  const plan = usePlanDocument();
  const planKey = plan.actionPlan.key;
  usePageTitle(t("revisions.heading"), plan.actionPlan.title);
  const revisions = useRevisions(planKey);
  const [adopted, setAdopted] = useState<number | null>(null);
  const current = plan.actionPlan.revision.number;

  return (
    <div className="stack">
      <PlanBreadcrumbs crumbs={[{ label: plan.actionPlan.title, to: paths.plan(planKey) }]} />
      <PageHeader eyebrow={plan.actionPlan.title} title={t("revisions.heading")} intro={t("revisions.intro")} />
      <div role="status" aria-live="polite">
        {revisions.status === "loading" ? (
          <Paragraph>
            <Spinner aria-hidden="true" data-size="xs" /> {t("revisions.loading")}
          </Paragraph>
        ) : null}
        {adopted !== null ? (
          <Alert data-color="success">
            <Paragraph>{t("revisions.adopt.done", { number: adopted })}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {revisions.status === "error" ? (
        <Alert data-color="danger">
          <Paragraph>{t("state.errorMessage")}</Paragraph>
          <Button variant="secondary" data-size="sm" onClick={revisions.retry}>
            {t("state.retry")}
          </Button>
        </Alert>
      ) : null}
      {revisions.status === "ready" ? (
        <RevisionsView
          revisions={revisions.data}
          current={current}
          adoptForm={<AdoptForm key={current} plan={plan} onAdopted={setAdopted} />}
        />
      ) : null}
    </div>
  );
}

function RevisionsView({
  revisions,
  current,
  adoptForm,
}: {
  revisions: RevisionSummary[];
  current: number;
  adoptForm: ReactNode;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const plan = usePlanDocument();
  const planKey = plan.actionPlan.key;
  const mayEdit = useAccessHere().may("edit");
  const inForceId = useId();
  const lineId = useId();
  const linksId = useId();
  const inForce = revisions.filter((r) => r.status === "adopted").at(-1);
  const currentStatus = revisions.find((r) => r.number === current)?.status ?? "draft";
  const last = revisions.at(-1);
  return (
    <>
      <section aria-labelledby={inForceId} className="stack-sm">
        <Heading level={2} data-size="sm" id={inForceId}>
          {t("revisions.inForce.heading")}
        </Heading>
        <Paragraph>
          {inForce === undefined
            ? t("revisions.inForce.none")
            : inForce.decisionRef
              ? t("revisions.inForce.adoptedRef", {
                  number: inForce.number,
                  date: inForce.adoptedOn === null ? "" : formatDate(inForce.adoptedOn, locale),
                  ref: inForce.decisionRef,
                })
              : t("revisions.inForce.adopted", {
                  number: inForce.number,
                  date: inForce.adoptedOn === null ? "" : formatDate(inForce.adoptedOn, locale),
                })}
        </Paragraph>
        <Paragraph>
          {currentStatus === "draft"
            ? t("revisions.inForce.currentDraft", { number: current })
            : t("revisions.inForce.currentAdopted", { number: current })}
        </Paragraph>
      </section>

      {mayEdit && currentStatus === "draft" ? adoptForm : null}

      <section aria-labelledby={lineId} className="stack-sm">
        <Heading level={2} data-size="sm" id={lineId}>
          {t("revisions.line.heading")}
        </Heading>
        <ol className="revision-line">
          {revisions.map((revision, i) => (
            <RevisionItem key={revision.number} revision={revision} previous={revisions[i - 1]?.number ?? null} />
          ))}
        </ol>
      </section>

      <section aria-labelledby={linksId} className="stack-sm">
        <Heading level={2} data-size="sm" id={linksId}>
          {t("revisions.links.heading")}
        </Heading>
        <ul className="link-list">
          {mayEdit ? (
            <li>
              <AppLink to={paths.evaluate(planKey)}>{t("revisions.links.evaluate")}</AppLink>
            </li>
          ) : null}
          {mayEdit && currentStatus === "adopted" ? (
            <li>
              <AppLink to={paths.roll(planKey)}>{t("revisions.links.roll")}</AppLink>
            </li>
          ) : null}
          {last !== undefined ? (
            <li>
              <AppLink to={paths.compareRevisions(planKey)}>{t("revisions.links.compare")}</AppLink>
            </li>
          ) : null}
        </ul>
      </section>
    </>
  );
}

function RevisionItem({ revision, previous }: { revision: RevisionSummary; previous: number | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const plan = usePlanDocument();
  const countsText = useCountsText(plan);
  const headingId = useId();
  const isAdopted = revision.status === "adopted";
  return (
    <li className="revision-line__item stack-xs" data-status={revision.status}>
      <Heading level={3} data-size="xs" id={headingId}>
        {t("revisions.line.item", { number: revision.number })}{" "}
        <Tag data-color={isAdopted ? "success" : "warning"} data-size="sm">
          {isAdopted ? t("revisions.line.adopted") : t("revisions.line.draft")}
        </Tag>
      </Heading>
      <dl className="facts">
        <div>
          <dt>{t("revisions.line.decidedOn")}</dt>
          <dd>
            {isAdopted && revision.adoptedOn !== null
              ? formatDate(revision.adoptedOn, locale)
              : t("revisions.line.notDecided")}
          </dd>
        </div>
        {isAdopted ? (
          <div>
            <dt>{t("revisions.line.caseRef")}</dt>
            <dd>{revision.decisionRef || t("revisions.line.noRef")}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("revisions.line.changes")}</dt>
          <dd>{revision.changes === null ? t("revisions.line.first") : countsText(revision.changes)}</dd>
        </div>
      </dl>
      {previous !== null ? (
        <Paragraph>
          <AppLink to={paths.compareRevisions(plan.actionPlan.key, previous, revision.number)}>
            {t("revisions.line.seeChanges")}{" "}
            <span className="visually-hidden">
              {t("revisions.line.seeChangesHidden", { from: previous, to: revision.number })}
            </span>
          </AppLink>
        </Paragraph>
      ) : null}
    </li>
  );
}
