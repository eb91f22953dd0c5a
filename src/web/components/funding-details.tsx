import { useTranslation } from "react-i18next";
import { formatList, formatNok } from "../../domain/format.js";
import type { FundingLine, FundingSource } from "../../domain/plan-schema.js";
import { useLocale } from "../i18n/index.js";
import { DetailList } from "./detail-list.js";

type FundingDetailsProps = { funding: FundingLine[]; sources: FundingSource[] };

/** Each funding line: the plan's text, its kind, amount, years and the shared source it draws on. */
export function FundingDetails({ funding, sources }: FundingDetailsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <ul className="detail-items">
      {funding.map((line, index) => {
        const source = sources.find((s) => s.key === line.fundingSourceKey);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: funding lines have no key; their order is the plan's
          <li key={index}>
            <p className="detail-items__text">{line.text}</p>
            <DetailList
              details={[
                { label: t("funding.kind"), value: t(`fundingKind.${line.kind}`) },
                {
                  label: t("funding.amount"),
                  value:
                    line.amountNok === null
                      ? null
                      : [formatNok(line.amountNok, locale), line.recurrence ? t(`recurrence.${line.recurrence}`) : null]
                          .filter(Boolean)
                          .join(", "),
                },
                {
                  label: t("funding.years"),
                  value: line.years.length > 0 ? formatList(line.years.map(String), locale) : t("funding.wholePeriod"),
                },
                { label: t("funding.source"), value: source ? <FundingSourceText source={source} /> : null },
              ]}
            />
          </li>
        );
      })}
    </ul>
  );
}

function FundingSourceText({ source }: { source: FundingSource }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <span className="funding-source__name">{source.name}</span>
      {source.annualContributionNok !== null ? (
        <span className="funding-source__line">
          {t("funding.annualContribution", { amount: formatNok(source.annualContributionNok, locale) })}
        </span>
      ) : null}
      {source.annualBudgetIncreaseNok !== null ? (
        <span className="funding-source__line">
          {t("funding.annualIncrease", { amount: formatNok(source.annualBudgetIncreaseNok, locale) })}
        </span>
      ) : null}
    </>
  );
}
