import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { PlanCoverage } from "../../../domain/coverage.js";
import { formatNumber } from "../../../domain/format.js";
import type { FocusAreaKind, PlanDocument } from "../../../domain/plan-schema.js";
import { useLocale } from "../../i18n/index.js";
import { AreaLink, useCoverageWords, useListFormat } from "./coverage-common.js";

type VerdictProps = { plan: PlanDocument; coverage: PlanCoverage };

const KINDS: FocusAreaKind[] = ["focus_area", "strategic_move"];

/**
 * The answer to the plan's own rule, first on the page: is every area (and strategic move) and
 * every strategy covered in at least one year of the period? Said in words and counts; the
 * Alert's colour only repeats what the heading says.
 */
export function CoverageVerdict({ plan, coverage }: VerdictProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const list = useListFormat();
  const { levels } = useCoverageWords(plan);
  const { verdict } = coverage;
  const count = (n: number) => formatNumber(n, locale);
  const countOf = (covered: number, total: number, word: (plural: boolean) => string) =>
    t("coverage.verdict.countOf", { covered: count(covered), total: count(total), level: word(total !== 1) });

  // Only the kinds the plan has: a plan without strategic moves is not told about them.
  const kinds = KINDS.filter((kind) => coverage.areas.some((area) => area.kind === kind));
  const areaWords = list(kinds.map((kind) => levels.name(levels.areaLevel(kind), true)));
  const areaCounts = list(
    kinds.map((kind) => {
      const ofKind = coverage.areas.filter((area) => area.kind === kind);
      const covered = ofKind.filter((area) => area.coveredYears.length > 0).length;
      return countOf(covered, ofKind.length, (plural) => levels.name(levels.areaLevel(kind), plural));
    }),
  );
  const strategies = coverage.areas.flatMap((area) => area.strategies);
  const coveredStrategies = strategies.filter((row) => row.years.some((cell) => cell.isCovered)).length;
  const strategyCounts = countOf(coveredStrategies, strategies.length, (plural) => levels.name("strategy", plural));

  const words = { areas: areaWords, strategies: levels.name("strategy", true) };
  const title = !verdict.isEveryAreaCovered
    ? t("coverage.verdict.notAreas", words)
    : verdict.isEveryStrategyCovered
      ? t("coverage.verdict.allCovered", words)
      : t("coverage.verdict.areasOnly", words);
  const isAllCovered = verdict.isEveryAreaCovered && verdict.isEveryStrategyCovered;
  return (
    <Alert data-color={isAllCovered ? "success" : "warning"} className="coverage-verdict">
      <section aria-labelledby="coverage-verdict" className="stack-sm">
        <Heading level={2} data-size="sm" id="coverage-verdict">
          {title}
        </Heading>
        <Paragraph>{t("coverage.verdict.areaCounts", { counts: areaCounts })}</Paragraph>
        {verdict.uncoveredAreas.length > 0 ? (
          <div>
            <Paragraph>{t("coverage.verdict.uncoveredAreas")}</Paragraph>
            <ul>
              {verdict.uncoveredAreas.map((uncovered) => {
                const area = coverage.areas.find((a) => a.areaKey === uncovered.areaKey);
                return area ? (
                  <li key={area.areaKey}>
                    <AreaLink plan={plan} area={area} />
                  </li>
                ) : null;
              })}
            </ul>
          </div>
        ) : null}
        <Paragraph>{t("coverage.verdict.strategyCounts", { counts: strategyCounts })}</Paragraph>
        <Paragraph data-size="sm" className="prose">
          {t("coverage.verdict.rule", { level: levels.title("strategy"), measures: levels.name("measure", true) })}
        </Paragraph>
      </section>
    </Alert>
  );
}
