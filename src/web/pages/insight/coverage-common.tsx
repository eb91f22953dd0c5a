import { useTranslation } from "react-i18next";
import { formatList } from "../../../domain/format.js";
import type { FocusAreaKind, PlanDocument } from "../../../domain/plan-schema.js";
import { AppLink } from "../../components/app-link.js";
import { useLevelNames } from "../../components/level-names.js";
import { paths } from "../../components/plan-paths.js";
import { useLocale } from "../../i18n/index.js";

/** Lists («2024 og 2025») in the reader's language. */
export function useListFormat(): (items: string[]) => string {
  const locale = useLocale();
  return (items) => formatList(items, locale);
}

/** What the coverage pieces need to name an area: its kind, number and title. */
export type AreaName = { areaKey: string; kind: FocusAreaKind; number: number; title: string };

/**
 * The coverage page's recurring wordings, in the plan's own level words: an area as
 * «Satsingsområde 1: Industri», and a list of years as «i 2024 og 2025» or «i hele planperioden».
 */
export function useCoverageWords(plan: PlanDocument) {
  const { t } = useTranslation();
  const list = useListFormat();
  const levels = useLevelNames(plan);
  const periodLength = plan.actionPlan.lastYear - plan.actionPlan.firstYear + 1;
  return {
    levels,
    areaLabel: (area: AreaName) =>
      t("coverage.areaLabel", {
        level: levels.title(levels.areaLevel(area.kind)),
        number: area.number,
        title: area.title,
      }),
    yearsText: (years: number[]) =>
      years.length === periodLength
        ? t("coverage.gaps.wholePeriod")
        : t("coverage.gaps.inYears", { years: list(years.map(String)) }),
  };
}

/** A link to an area's page, named as the coverage page names areas. */
export function AreaLink({ plan, area }: { plan: PlanDocument; area: AreaName }) {
  const { areaLabel } = useCoverageWords(plan);
  return <AppLink to={paths.area(plan.actionPlan.key, area.areaKey)}>{areaLabel(area)}</AppLink>;
}
