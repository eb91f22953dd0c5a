import { Heading, Link, List, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { planBudget } from "../../../domain/budget.js";
import { formatNok } from "../../../domain/format.js";
import type { PlanBudget, UnstatedLine } from "../../../domain/insight-models.js";
import { AppLink } from "../../components/app-link.js";
import { useLevelNames } from "../../components/level-names.js";
import { PageHeader } from "../../components/page-header.js";
import { PlanBreadcrumbs } from "../../components/plan-breadcrumbs.js";
import { paths } from "../../components/plan-paths.js";
import { usePlanDocument } from "../../components/plan-route.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { useLocale } from "../../i18n/index.js";
import { MoneyChart } from "./money-chart.js";
import { KindsTable, SumsTable } from "./money-table.js";

/** The address of the budget as a spreadsheet, in the reader's language. */
export function budgetWorkbookUrl(planKey: string, locale: string): string {
  return `/api/plans/${encodeURIComponent(planKey)}/budget.xlsx?lang=${locale}`;
}

/**
 * `/plans/:planKey/budget`: what the plan asks of the budget, year by year — as a chart and a
 * table, by area, responsible unit and funding source — with the shared sources counted once and
 * the lines that name no sum listed apart. Computed from the loaded plan, as the API does.
 */
export function BudgetPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const plan = usePlanDocument();
  const levels = useLevelNames(plan);
  const areaWords = { focusArea: levels.name("focusArea"), strategicMove: levels.name("strategicMove") };
  const planKey = plan.actionPlan.key;
  const budget = planBudget(plan);
  const years = budget.years.map((y) => y.year);
  usePageTitle(t("insight.money.heading"), plan.actionPlan.title);
  const units = budget.byUnit.filter((row) => row.years.some((y) => y.increaseNok + y.contributionNok + y.oneOffNok));
  return (
    <div className="stack">
      <PlanBreadcrumbs crumbs={[{ label: plan.actionPlan.title, to: paths.plan(planKey) }]} />
      <PageHeader title={t("insight.money.heading")} intro={t("insight.money.intro")} />
      <Paragraph>
        <Link href={budgetWorkbookUrl(planKey, locale)} download>
          {t("insight.money.download")}
        </Link>
      </Paragraph>

      <section aria-labelledby="money-years" className="stack-sm">
        <Heading level={2} data-size="sm" id="money-years">
          {t("insight.money.perYear")}
        </Heading>
        <div className="chart-with-table">
          <MoneyChart years={budget.years} />
          <KindsTable id="money-kinds" caption={t("insight.money.kindsCaption")} years={budget.years} />
        </div>
      </section>

      <SharedSources budget={budget} />

      <section aria-labelledby="money-areas" className="stack-sm">
        <Heading level={2} data-size="sm" id="money-areas">
          {t("insight.money.byArea", areaWords)}
        </Heading>
        <Paragraph data-size="sm">{t("insight.money.byAreaNote")}</Paragraph>
        <SumsTable
          id="money-by-area"
          caption={t("insight.money.byAreaCaption", areaWords)}
          rowHeader={t("insight.money.area")}
          years={years}
          rows={budget.byArea.map((row) => ({
            key: row.areaKey,
            label: <AppLink to={paths.area(planKey, row.areaKey)}>{row.title}</AppLink>,
            years: row.years,
          }))}
        />
      </section>

      <section aria-labelledby="money-units" className="stack-sm">
        <Heading level={2} data-size="sm" id="money-units">
          {t("insight.money.byUnit")}
        </Heading>
        <Paragraph data-size="sm">{t("insight.money.byUnitNote")}</Paragraph>
        {units.length === 0 ? (
          <Paragraph>{t("insight.money.noUnits")}</Paragraph>
        ) : (
          <SumsTable
            id="money-by-unit"
            caption={t("insight.money.byUnitCaption")}
            rowHeader={t("insight.money.unit")}
            years={years}
            rows={units.map((row) => ({ key: row.actorKey, label: row.name, years: row.years }))}
          />
        )}
      </section>

      <section aria-labelledby="money-sources" className="stack-sm">
        <Heading level={2} data-size="sm" id="money-sources">
          {t("insight.money.bySource")}
        </Heading>
        <SumsTable
          id="money-by-source"
          caption={t("insight.money.bySourceCaption")}
          rowHeader={t("insight.money.source")}
          years={years}
          rows={budget.bySource.map((row) => ({
            key: row.sourceKey ?? "",
            label: row.sourceKey === null ? t("insight.money.noSource") : row.name,
            years: row.years,
          }))}
        />
      </section>

      <Unstated planKey={planKey} lines={budget.unstated} />
    </div>
  );
}

/** Funding sources cited by several lines: their money counted once a year, with who cites them. */
function SharedSources({ budget }: { budget: PlanBudget }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (budget.sharedSources.length === 0) return null;
  return (
    <section aria-labelledby="money-shared" className="stack-sm">
      <Heading level={2} data-size="sm" id="money-shared">
        {t("insight.money.sharedHeading")}
      </Heading>
      <List.Unordered>
        {budget.sharedSources.map((source) => (
          <List.Item key={source.sourceKey}>
            {t("insight.money.sharedLine", {
              name: source.name,
              contribution: formatNok(source.annualContributionNok ?? 0, locale),
              increase: formatNok(source.annualBudgetIncreaseNok ?? 0, locale),
              count: source.citedBy.length,
            })}
          </List.Item>
        ))}
      </List.Unordered>
    </section>
  );
}

/** Lines that need money but name no sum: listed, never counted as zero. */
function Unstated({ planKey, lines }: { planKey: string; lines: UnstatedLine[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="money-unstated" className="stack-sm">
      <Heading level={2} data-size="sm" id="money-unstated">
        {t("insight.money.unstatedHeading", { count: lines.length })}
      </Heading>
      <Paragraph data-size="sm">{t("insight.money.unstatedIntro")}</Paragraph>
      {lines.length === 0 ? null : (
        <List.Unordered>
          {lines.map((line, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: an owner may have several unstated lines, in the plan's order
            <List.Item key={`${line.key}-${index}`}>
              <AppLink
                to={line.measureKey === null ? paths.relatedPlans(planKey) : paths.measure(planKey, line.measureKey)}
              >
                {line.title}
              </AppLink>
              {t("insight.money.unstatedDetail", { kind: t(`fundingKind.${line.kind}`), text: line.text })}
            </List.Item>
          ))}
        </List.Unordered>
      )}
    </section>
  );
}
