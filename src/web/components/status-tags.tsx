import { Tag } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { Assessment, MeasureStatus } from "../../domain/plan-schema.js";
import { ASSESSMENT_COLOR } from "./report-format.js";

/** A status in words, on a neutral tag. */
export function StatusTag({ status }: { status: MeasureStatus }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={status === "completed" ? "success" : "neutral"} variant="outline">
      {t(`report.status.${status}`)}
    </Tag>
  );
}

/** An assessment: its colour and, always, its words; «Ikke vurdert» for none. */
export function AssessmentTag({ assessment }: { assessment: Assessment | null }) {
  const { t } = useTranslation();
  if (assessment === null) return <Tag data-color="neutral">{t("report.assessment.none")}</Tag>;
  return <Tag data-color={ASSESSMENT_COLOR[assessment]}>{t(`report.assessment.${assessment}`)}</Tag>;
}
