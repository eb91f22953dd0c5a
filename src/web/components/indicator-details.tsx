import { useTranslation } from "react-i18next";
import { formatDate, formatNumber } from "../../domain/format.js";
import type { Indicator } from "../../domain/plan-schema.js";
import { useLocale } from "../i18n/index.js";
import { DetailList } from "./detail-list.js";

/** Each indicator: the plan's text, then its kind, target (with unit), recurrence and deadline. */
export function IndicatorDetails({ indicators }: { indicators: Indicator[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const withUnit = (value: number | null, unit: string | null) =>
    value === null ? null : [formatNumber(value, locale), unit].filter(Boolean).join(" ");
  return (
    <ul className="detail-items">
      {indicators.map((indicator) => (
        <li key={indicator.key}>
          <p className="detail-items__text">{indicator.text}</p>
          <DetailList
            details={[
              { label: t("indicator.kind"), value: t(`indicatorKind.${indicator.kind}`) },
              { label: t("indicator.target"), value: withUnit(indicator.target, indicator.unit) },
              { label: t("indicator.baseline"), value: withUnit(indicator.baseline, indicator.unit) },
              { label: t("indicator.recurrence"), value: t(`recurrence.${indicator.recurrence}`) },
              {
                label: t("indicator.deadline"),
                value: indicator.deadline ? formatDate(indicator.deadline, locale) : null,
              },
            ]}
          />
        </li>
      ))}
    </ul>
  );
}
