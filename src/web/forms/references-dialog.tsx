import { Button, Dialog, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { PlanDocument } from "../../domain/plan-schema.js";
import type { Reference, Referrer } from "../../domain/references.js";
import { useLevelNames } from "../components/level-names.js";

/** Each thing that holds a reference once, in the order found. */
function referrers(references: Reference[]): Referrer[] {
  const seen = new Map<string, Referrer>();
  for (const { from } of references) seen.set(`${from.entityType}:${from.measureKey ?? ""}:${from.key}`, from);
  return [...seen.values()];
}

/** «Tiltak «Bedriftsbesøk»», «Aktivitet «Lage besøksplan» i «Bedriftsbesøk»», … */
export function useReferrerName(plan: PlanDocument): (from: Referrer) => string {
  const { t } = useTranslation();
  const levels = useLevelNames(plan);
  const measureTitle = (key: string | null) =>
    plan.focusAreas.flatMap((a) => a.measures).find((m) => m.key === key)?.title ?? key ?? "";
  return (from) => {
    switch (from.entityType) {
      case "measure":
        return t("edit.referrer.named", { type: levels.title("measure"), label: from.label });
      case "activity":
        return t("edit.referrer.inMeasure", {
          type: levels.title("activity"),
          label: from.label,
          measure: measureTitle(from.measureKey),
        });
      case "statusReport":
        return t("edit.referrer.statusReport", { period: from.label, measure: measureTitle(from.measureKey) });
      case "relatedPlan":
        return t("edit.referrer.named", { type: t("edit.referrer.relatedPlan"), label: from.label });
      default:
        return t("edit.referrer.named", { type: t("edit.referrer.flagship"), label: from.label });
    }
  };
}

/**
 * Asks before something goes (or before a save removes what others point to): lists what points
 * to it and says those references will be removed.
 */
export function ConfirmDialog({
  plan,
  open,
  heading,
  question,
  references,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  plan: PlanDocument;
  open: boolean;
  heading: string;
  question?: string;
  references: Reference[];
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const name = useReferrerName(plan);
  const headingId = useId();
  const list = referrers(references);
  return (
    <Dialog open={open} onClose={onCancel} closeButton={t("edit.dialog.close")} aria-labelledby={headingId}>
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={headingId}>
          {heading}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        {question ? <Paragraph>{question}</Paragraph> : null}
        {list.length > 0 ? (
          <>
            <Paragraph>{t("edit.dialog.referencesIntro", { count: list.length })}</Paragraph>
            <ul>
              {list.map((from) => (
                <li key={`${from.entityType}:${from.measureKey ?? ""}:${from.key}`}>{name(from)}</li>
              ))}
            </ul>
            <Paragraph>{t("edit.dialog.referencesRemoved")}</Paragraph>
          </>
        ) : null}
        <div className="button-row">
          <Button data-color="danger" onClick={onConfirm}>
            {confirmLabel}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t("edit.dialog.cancel")}
          </Button>
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
