import { Card, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { summarizeArea } from "../../domain/measure-views.js";
import type { FocusAreaKind, PlanDocument } from "../../domain/plan-schema.js";
import { AppLink } from "./app-link.js";
import { useLevelNames } from "./level-names.js";
import { paths } from "./plan-paths.js";

// The kinds in the order the plan presents them (the values of the domain's `FocusAreaKind`).
const KINDS = ["focus_area", "strategic_move"] as const satisfies readonly FocusAreaKind[];

/** The plan's areas grouped by kind (satsingsområder, strategiske grep): number, title, main goal, measures. */
export function AreaCards({ plan }: { plan: PlanDocument }) {
  const { t } = useTranslation();
  const levels = useLevelNames(plan);
  const summaries = plan.focusAreas.map(summarizeArea);
  return (
    <div className="stack">
      {KINDS.map((kind) => {
        const areas = summaries.filter((a) => a.kind === kind).sort((a, b) => a.number - b.number);
        if (areas.length === 0) return null;
        const headingId = `areas-${kind}`;
        return (
          <section key={kind} aria-labelledby={headingId} className="stack-sm">
            <Heading level={3} data-size="sm" id={headingId}>
              {levels.title(levels.areaLevel(kind), true)}
            </Heading>
            <ul className="card-grid">
              {areas.map((area) => (
                <li key={area.key}>
                  <Card data-color="neutral">
                    <Paragraph data-size="xs" className="eyebrow">
                      {t("plan.areaNumber", { kind: levels.title(levels.areaLevel(kind)), number: area.number })}
                    </Paragraph>
                    <Heading level={4} data-size="xs">
                      <AppLink to={paths.area(plan.actionPlan.key, area.key)}>{area.title}</AppLink>
                    </Heading>
                    <Paragraph data-size="sm">
                      <strong>{levels.title("mainGoal")}:</strong> {area.mainGoal}
                    </Paragraph>
                    <div>
                      <Tag data-color="neutral" data-size="sm">
                        {t("edit.read.count", {
                          count: area.measureCount,
                          level: levels.name("measure", area.measureCount !== 1),
                        })}
                      </Tag>
                    </div>
                  </Card>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
