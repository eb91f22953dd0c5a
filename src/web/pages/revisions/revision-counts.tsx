/**
 * What changed between two revisions, in words from the comparison's counts: «2 tiltak lagt til,
 * 1 avsluttet, 3 endret; 1 aktivitet endret». The measures first, then the activities, the areas
 * and the plan's own fields; a group only when something in it changed. Also the tag of a change.
 */
import { Tag } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { PlanDocument } from "../../../domain/plan-schema.js";
import type { RevisionComparison } from "../../../domain/revision-model.js";
import { useLevelNames } from "../../components/level-names.js";

type Counts = RevisionComparison["counts"];
type Group = { added: number; closed: number; changed: number };
const KINDS = ["added", "closed", "changed"] as const;

/** The counts in words; «Ingen endringer» when nothing changed. */
export function useCountsText(plan: PlanDocument): (counts: Counts) => string {
  const { t } = useTranslation();
  const levels = useLevelNames(plan);
  const group = (counts: Group, what: (count: number) => string): string | null => {
    const parts = KINDS.filter((k) => counts[k] > 0).map((k, i) =>
      i === 0
        ? t(`revisions.counts.what.${k}`, { count: counts[k], what: what(counts[k]) })
        : t(`revisions.counts.bare.${k}`, { count: counts[k] }),
    );
    return parts.length === 0 ? null : parts.join(", ");
  };
  return (counts) => {
    const groups = [
      group(counts.measures, (n) => levels.name("measure", n !== 1)),
      group(counts.activities, (n) => levels.name("activity", n !== 1)),
      group(counts.areas, (n) => t("revisions.counts.area", { count: n })),
      counts.planFields > 0 ? t("revisions.counts.planFields", { count: counts.planFields }) : null,
    ].filter((g): g is string => g !== null);
    return groups.length === 0 ? t("revisions.counts.none") : groups.join("; ");
  };
}

export type ChangeKind = "added" | "closed" | "changed" | "unchanged";
const TAG_COLOR: Record<ChangeKind, "success" | "danger" | "warning" | "neutral"> = {
  added: "success",
  closed: "danger",
  changed: "warning",
  unchanged: "neutral",
};

/** «Nytt», «Avsluttet», «Endret» or «Uendret», as a tag. */
export function ChangeTag({ change }: { change: ChangeKind }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={TAG_COLOR[change]} data-size="sm">
      {t(`revisions.compare.change.${change}`)}
    </Tag>
  );
}
