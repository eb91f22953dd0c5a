import { useTranslation } from "react-i18next";
import { formatList, formatNumberRefs } from "../../domain/format.js";
import type { NumberRef } from "../../domain/plan-schema.js";
import { useLocale } from "../i18n/index.js";

/**
 * Strategy or sub-goal numbers as the plan writes them («1, 2 og 3»). An unknown number shows as
 * «?» and is read out as «ukjent».
 */
export function NumberRefs({ refs }: { refs: NumberRef[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const visible = formatNumberRefs(refs, locale);
  if (!refs.includes("unknown")) return <span>{visible}</span>;
  const spoken = formatList(
    refs.map((r) => (r === "unknown" ? t("related.unknown") : String(r))),
    locale,
  );
  return (
    <span>
      <span aria-hidden="true" title={t("related.unknownNote")}>
        {visible}
      </span>
      <span className="visually-hidden">{spoken}</span>
    </span>
  );
}
