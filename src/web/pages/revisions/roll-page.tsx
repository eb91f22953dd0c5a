/**
 * `revisions/roll`: the adopted revision rolled into the next one, a draft, in one guided step.
 * The current revision first (a draft cannot be rolled: adopt it first), then the year evaluated
 * and a preview computed here with the same pure `rollPlan` the server uses, and «Rull til
 * revisjon N+1» with the plan's version as read. After the roll: what closed, the measures to
 * edit, where to add new ones, and on to the revisions page to adopt the new revision.
 */
import { Alert, Button, Heading, Paragraph, Spinner } from "@digdir/designsystemet-react";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../../domain/format.js";
import type { PlanDocument } from "../../../domain/plan-schema.js";
import { rollPlan } from "../../../domain/roll-plan.js";
import { versionOf } from "../../../domain/versions.js";
import { refreshPlan } from "../../api/use-resource.js";
import { WriteError } from "../../api/write-client.js";
import { AppLink } from "../../components/app-link.js";
import { useLevelNames } from "../../components/level-names.js";
import { PageHeader } from "../../components/page-header.js";
import { PlanBreadcrumbs } from "../../components/plan-breadcrumbs.js";
import { paths } from "../../components/plan-paths.js";
import { usePlanDocument } from "../../components/plan-route.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { useLocale } from "../../i18n/index.js";
import "../../forms/forms.css";
import { FailureAlert } from "../../forms/failure-alert.js";
import { countEvaluated, EvaluationsLoadState, useEvaluationYear, YearSelect } from "./evaluate-year.js";
import {
  type Evaluation,
  type Recommendation,
  type RollResult,
  rollRevision,
  useEvaluations,
} from "./revisions-api.js";
import { ClosedList, closingRecommendations, RollPreview, titlesOf } from "./roll-preview.js";

type Done = {
  result: RollResult;
  /** The revision rolled from. */
  from: number;
  /** Titles as they were before the roll: closed measures are gone from the plan since. */
  titles: Map<string, string>;
  recommendations: Map<string, Recommendation>;
  /** The plan before the roll, for its level names and areas. */
  before: PlanDocument;
};

type State =
  | { kind: "idle" }
  | { kind: "rolling" }
  | { kind: "conflict" }
  | { kind: "failed"; message: string }
  | { kind: "done"; done: Done };

export function RollPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const plan = usePlanDocument();
  const levels = useLevelNames(plan);
  const planKey = plan.actionPlan.key;
  usePageTitle(t("evaluation.roll.heading"), plan.actionPlan.title);
  const { year, years, setYear } = useEvaluationYear(plan);
  const evaluations = useEvaluations(planKey, year);
  const [state, setState] = useState<State>({ kind: "idle" });
  const revision = plan.actionPlan.revision;
  const next = revision.number + 1;

  const data: Evaluation[] | null = evaluations.status === "ready" ? evaluations.data : null;
  const preview = useMemo(() => (data === null ? null : rollPlan(plan, data, { year })), [plan, data, year]);

  const roll = async () => {
    if (state.kind === "rolling" || data === null) return;
    setState({ kind: "rolling" });
    const before = plan;
    try {
      const result = await rollRevision(planKey, { version: versionOf(before), year });
      setState({
        kind: "done",
        done: {
          result,
          from: before.actionPlan.revision.number,
          titles: titlesOf(before),
          recommendations: closingRecommendations(result.closed, data, year),
          before,
        },
      });
    } catch (error) {
      if (error instanceof WriteError && error.isConflict) {
        refreshPlan(planKey);
        setState({ kind: "conflict" });
      } else {
        const message = error instanceof Error ? error.message : String(error);
        setState({ kind: "failed", message: t("evaluation.roll.failed", { message }) });
      }
    }
  };

  const crumbs = (
    <PlanBreadcrumbs
      crumbs={[
        { label: plan.actionPlan.title, to: paths.plan(planKey) },
        { label: t("nav.revisions"), to: paths.revisions(planKey) },
      ]}
    />
  );

  if (state.kind === "done") {
    return (
      <div className="stack">
        {crumbs}
        <PageHeader eyebrow={t("evaluation.roll.eyebrow")} title={t("evaluation.roll.heading")} />
        <RollDone done={state.done} />
      </div>
    );
  }

  const isDraft = revision.adoptedOn === null;
  const busy = state.kind === "rolling";
  return (
    <div className="stack" aria-busy={busy}>
      {crumbs}
      <PageHeader
        eyebrow={t("evaluation.roll.eyebrow")}
        title={t("evaluation.roll.heading")}
        intro={t("evaluation.roll.intro")}
      />
      <section aria-labelledby="roll-current" className="stack-sm">
        <Heading level={2} data-size="sm" id="roll-current">
          {t("evaluation.roll.currentHeading")}
        </Heading>
        <Paragraph>
          {revision.adoptedOn === null
            ? t("evaluation.roll.currentDraft", { number: revision.number })
            : revision.decisionRef
              ? t("evaluation.roll.currentAdoptedRef", {
                  number: revision.number,
                  date: formatDate(revision.adoptedOn, locale),
                  ref: revision.decisionRef,
                })
              : t("evaluation.roll.currentAdopted", {
                  number: revision.number,
                  date: formatDate(revision.adoptedOn, locale),
                })}
        </Paragraph>
        {isDraft ? (
          <Alert data-color="warning">
            <Paragraph>{t("evaluation.roll.notAdopted", { number: revision.number })}</Paragraph>
            <Paragraph>
              <AppLink to={paths.revisions(planKey)}>{t("evaluation.roll.adoptFirst")}</AppLink>
            </Paragraph>
          </Alert>
        ) : (
          <Paragraph>{t("evaluation.roll.keeps", { number: revision.number, next })}</Paragraph>
        )}
      </section>

      {isDraft ? null : (
        <section aria-labelledby="roll-preview" className="stack-sm">
          <Heading level={2} data-size="sm" id="roll-preview">
            {t("evaluation.roll.previewHeading", { next })}
          </Heading>
          <YearSelect id="roll-year" year={year} years={years} onChange={setYear} />
          <Paragraph>
            {t("evaluation.roll.previewIntro", { year })}{" "}
            <AppLink to={paths.evaluate(planKey, year)}>{t("evaluation.roll.toEvaluate", { year })}</AppLink>
          </Paragraph>
          <EvaluationsLoadState evaluations={evaluations} />
          {preview !== null && data !== null ? (
            <>
              <Paragraph>
                {t("evaluation.roll.evaluatedCount", {
                  done: countEvaluated(plan, data, year),
                  count: plan.focusAreas.reduce((n, a) => n + a.measures.length, 0),
                  year,
                  level: levels.name("measure"),
                  levels: levels.name("measure", true),
                })}
              </Paragraph>
              <RollPreview plan={plan} result={preview} evaluations={data} year={year} />
              <div className="button-row">
                <Button type="button" aria-disabled={busy || undefined} onClick={() => void roll()}>
                  {busy ? <Spinner aria-hidden="true" data-size="xs" /> : null}
                  {t("evaluation.roll.submit", { next })}
                </Button>
              </div>
            </>
          ) : null}
        </section>
      )}

      <div role="status" aria-live="polite">
        {busy ? <Paragraph>{t("evaluation.roll.rolling")}</Paragraph> : null}
      </div>
      {state.kind === "conflict" ? (
        <Alert data-color="warning" role="alert">
          <Paragraph>{t("evaluation.roll.conflict")}</Paragraph>
        </Alert>
      ) : null}
      <FailureAlert message={state.kind === "failed" ? state.message : null} />
    </div>
  );
}

/** After the roll: what closed, what to edit, where to add, and on to adoption. */
function RollDone({ done }: { done: Done }) {
  const { t } = useTranslation();
  const { result, before, from, titles, recommendations } = done;
  const levels = useLevelNames(before);
  const planKey = before.actionPlan.key;
  const next = result.plan.actionPlan.revision.number;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <section aria-labelledby="roll-done" className="stack-sm">
      <Heading level={2} data-size="sm" id="roll-done" ref={headingRef} tabIndex={-1}>
        {t("evaluation.roll.doneHeading", { next })}
      </Heading>
      <Paragraph>{t("evaluation.roll.doneIntro", { next, number: from })}</Paragraph>

      <Heading level={3} data-size="xs" id="roll-done-closed">
        {t("evaluation.roll.doneClosedHeading")}
      </Heading>
      <ClosedList
        plan={before}
        closed={result.closed}
        recommendations={recommendations}
        titles={titles}
        labelledBy="roll-done-closed"
      />

      <Heading level={3} data-size="xs" id="roll-done-edit">
        {t("evaluation.roll.doneToEditHeading", { levels: levels.title("measure", true) })}
      </Heading>
      {result.toEdit.length === 0 ? (
        <Paragraph>{t("evaluation.roll.doneToEditNone", { levels: levels.name("measure", true) })}</Paragraph>
      ) : (
        <ul className="roll-list" aria-labelledby="roll-done-edit">
          {result.toEdit.map((key) => (
            <li key={key}>
              <AppLink to={paths.editMeasure(planKey, key)}>
                {t("evaluation.roll.editLink", { title: titles.get(`measure:${key}`) ?? key })}
              </AppLink>
            </li>
          ))}
        </ul>
      )}

      <Heading level={3} data-size="xs" id="roll-done-new">
        {t("evaluation.roll.newHeading", { levels: levels.name("measure", true) })}
      </Heading>
      <ul className="roll-list" aria-labelledby="roll-done-new">
        {result.plan.focusAreas.map((area) => (
          <li key={area.key}>
            <AppLink to={paths.newMeasure(planKey, area.key)}>
              {t("evaluation.roll.newLink", {
                level: levels.name("measure"),
                area: t("evaluation.evaluate.areaHeading", {
                  kind: levels.title(levels.areaLevel(area.kind)),
                  number: area.number,
                  title: area.title,
                }),
              })}
            </AppLink>
          </li>
        ))}
      </ul>

      <Paragraph>
        <AppLink to={paths.revisions(planKey)}>{t("evaluation.roll.toRevisions", { next })}</AppLink>
      </Paragraph>
    </section>
  );
}
