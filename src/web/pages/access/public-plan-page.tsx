import { Heading, Paragraph, SkipLink } from "@digdir/designsystemet-react";
import { Suspense, useId } from "react";
import { useTranslation } from "react-i18next";
import { Outlet, Link as RouterLink, useParams } from "react-router";
import { formatDate, formatNumber } from "../../../domain/format.js";
import { indicatorAttainment, indicatorSeries } from "../../../domain/indicator-attainment.js";
import type { FocusArea, Indicator, Measure, PlanDocument } from "../../../domain/plan-schema.js";
import { periodLabel } from "../../../domain/reporting-periods.js";
import { ApiError } from "../../api/api-client.js";
import { useResource } from "../../api/use-resource.js";
import { ErrorState } from "../../components/error-state.js";
import { LanguageSwitcher } from "../../components/language-switcher.js";
import { type LevelNamer, useLevelNames } from "../../components/level-names.js";
import { LoadingState } from "../../components/loading-state.js";
import {
  attainmentText,
  formatIndicatorValue,
  formatTarget,
  reportsOfMeasure,
} from "../../components/report-format.js";
import { AssessmentTag, StatusTag } from "../../components/status-tags.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { useLocale } from "../../i18n/index.js";
import { fetchPublicPlan } from "./access-api.js";
import "./public-plan.css";

const PUBLIC_MAIN_ID = "public-main";

/** The public pages' frame: skip link, a plain header (name and language), the page, a footer. No search, no menus. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <div className="app public-app">
      <SkipLink href={`#${PUBLIC_MAIN_ID}`}>{t("app.skipLink")}</SkipLink>
      <header className="app-header">
        <div className="app-header__inner">
          <RouterLink to="/" className="app-header__brand">
            <span className="app-header__name">{t("app.name")}</span>
            <span className="app-header__tagline">{t("app.tagline")}</span>
          </RouterLink>
          <LanguageSwitcher />
        </div>
      </header>
      <main id={PUBLIC_MAIN_ID} tabIndex={-1} className="app-main">
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">
        <Paragraph data-size="sm">{t("access.public.footer")}</Paragraph>
      </footer>
    </div>
  );
}

/** `/p/:orgKey/:planKey`: a published plan for everyone: goals, strategies, and each measure's latest status and indicators. */
export function PublicPlanPage() {
  const { orgKey = "", planKey = "" } = useParams();
  const plan = useResource(`public:${orgKey}/${planKey}`, () => fetchPublicPlan(orgKey, planKey));
  if (plan.status === "loading") return <LoadingState />;
  if (plan.status === "error") {
    if (plan.error instanceof ApiError && plan.error.isNotFound) return <PublicNotFound />;
    return <ErrorState error={plan.error} onRetry={plan.retry} />;
  }
  return <PublicPlan plan={plan.data} />;
}

function PublicNotFound() {
  const { t } = useTranslation();
  usePageTitle(t("access.public.notFoundHeading"));
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("access.public.notFoundHeading")}
      </Heading>
      <Paragraph>{t("access.public.notFoundText")}</Paragraph>
    </div>
  );
}

function PublicPlan({ plan }: { plan: PlanDocument }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const levels = useLevelNames(plan);
  const { actionPlan, organization } = plan;
  const revision = actionPlan.revision;
  usePageTitle(actionPlan.title);
  const areaHeading = (area: FocusArea) =>
    `${t("plan.areaNumber", { kind: levels.title(levels.areaLevel(area.kind)), number: area.number })}: ${area.title}`;
  return (
    <article className="stack public-plan">
      <div className="page-header">
        <Paragraph data-size="sm" className="eyebrow">
          {t("access.public.eyebrow")}
        </Paragraph>
        <Heading level={1} data-size="lg">
          {actionPlan.title}
        </Heading>
      </div>
      <dl className="facts public-plan__facts">
        <div>
          <dt>{t("access.public.organization")}</dt>
          <dd>{organization.name}</dd>
        </div>
        <div>
          <dt>{t("access.public.period")}</dt>
          <dd>{t("plan.periodValue", { first: actionPlan.firstYear, last: actionPlan.lastYear })}</dd>
        </div>
        <div>
          <dt>{t("access.public.revision")}</dt>
          <dd>
            {t("access.public.revisionValue", { number: revision.number })},{" "}
            {revision.adoptedOn
              ? t("access.public.adoptedOn", { date: formatDate(revision.adoptedOn, locale) })
              : t("access.public.notAdopted")}
          </dd>
        </div>
      </dl>
      {plan.focusAreas.length > 1 ? (
        <nav aria-labelledby="public-contents" className="public-plan__contents">
          <Heading level={2} data-size="xs" id="public-contents">
            {t("access.public.contents")}
          </Heading>
          <ol>
            {plan.focusAreas.map((area) => (
              <li key={area.key}>
                <a href={`#area-${area.key}`}>{areaHeading(area)}</a>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      {plan.focusAreas.map((area) => (
        <PublicArea key={area.key} plan={plan} area={area} heading={areaHeading(area)} levels={levels} />
      ))}
    </article>
  );
}

function PublicArea({
  plan,
  area,
  heading,
  levels,
}: {
  plan: PlanDocument;
  area: FocusArea;
  heading: string;
  levels: LevelNamer;
}) {
  const { t } = useTranslation();
  const headingId = `area-${area.key}`;
  return (
    <section aria-labelledby={headingId} className="stack-sm public-area">
      <Heading level={2} data-size="md" id={headingId}>
        {heading}
      </Heading>
      <Heading level={3} data-size="xs">
        {levels.title("mainGoal")}
      </Heading>
      <Paragraph>{area.mainGoal}</Paragraph>
      {area.subGoals.length > 0 ? (
        <>
          <Heading level={3} data-size="xs">
            {levels.title("subGoal", true)}
          </Heading>
          <ol className="numbered-list">
            {area.subGoals.map((goal) => (
              <li key={goal.number} value={goal.number}>
                {goal.text}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {area.strategies.length > 0 ? (
        <>
          <Heading level={3} data-size="xs">
            {levels.title("strategy", true)}
          </Heading>
          <ol className="numbered-list">
            {area.strategies.map((strategy) => (
              <li key={strategy.number} value={strategy.number}>
                {strategy.text}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <Heading level={3} data-size="xs">
        {levels.title("measure", true)}
      </Heading>
      {area.measures.length === 0 ? <Paragraph>{t("access.public.noMeasures")}</Paragraph> : null}
      <ul className="public-measures">
        {area.measures.map((measure) => (
          <li key={measure.key}>
            <PublicMeasure plan={plan} measure={measure} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function PublicMeasure({ plan, measure }: { plan: PlanDocument; measure: Measure }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = useId();
  const latest = reportsOfMeasure(plan, measure.key).find((r) => r.activityKey === null) ?? null;
  return (
    <article aria-labelledby={headingId} className="public-measure stack-xs">
      <Heading level={4} data-size="2xs" id={headingId}>
        {measure.title}
      </Heading>
      {latest === null ? (
        <Paragraph data-size="sm">{t("access.public.notReported")}</Paragraph>
      ) : (
        <div className="stack-xs">
          <Paragraph data-size="sm">
            {t("access.public.reportedFor", { period: periodLabel(latest.period, locale) })}
          </Paragraph>
          <span className="tag-row">
            <StatusTag status={latest.status} /> <AssessmentTag assessment={latest.assessment} />
          </span>
          {latest.progressPercent !== null ? <ProgressBar percent={latest.progressPercent} /> : null}
          {latest.comment ? <Paragraph data-size="sm">{latest.comment}</Paragraph> : null}
        </div>
      )}
      {measure.indicators.length > 0 ? (
        <ul className="public-indicators">
          {measure.indicators.map((indicator) => (
            <li key={indicator.key}>
              <PublicIndicator plan={plan} measureKey={measure.key} indicator={indicator} />
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}

function ProgressBar({ percent }: { percent: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const clamped = Math.max(0, Math.min(100, percent));
  return (
    <div className="public-progress">
      <div className="public-progress__track" aria-hidden="true">
        <div className="public-progress__bar" style={{ width: `${clamped}%` }} />
      </div>
      <Paragraph data-size="sm">
        {t("access.public.progressText", { percent: formatNumber(percent, locale, 0) })}
      </Paragraph>
    </div>
  );
}

function PublicIndicator({
  plan,
  measureKey,
  indicator,
}: {
  plan: PlanDocument;
  measureKey: string;
  indicator: Indicator;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const last = indicatorSeries(plan, measureKey, indicator.key).at(-1);
  const target = formatTarget(indicator, locale);
  const attainment = last?.attainment ?? indicatorAttainment(indicator, null);
  return (
    <Paragraph data-size="sm">
      <strong>{indicator.text}</strong>
      {" — "}
      {target === null ? t("access.public.noTarget") : t("access.public.target", { value: target })}
      {" · "}
      {last === undefined
        ? t("access.public.noValue")
        : t("access.public.latestValue", { value: formatIndicatorValue(indicator, last.value, locale, t) })}
      {" · "}
      {attainmentText(attainment, locale, t)}
    </Paragraph>
  );
}
