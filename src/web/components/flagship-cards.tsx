import { Card, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { PlanDocument } from "../../domain/plan-schema.js";
import { AppLink } from "./app-link.js";
import { paths } from "./plan-paths.js";

/** The plan's flagship projects as cards, each linking to its description. */
export function FlagshipCards({ plan }: { plan: PlanDocument }) {
  const { t } = useTranslation();
  return (
    <ul className="card-grid">
      {plan.flagships.map((flagship) => (
        <li key={flagship.key}>
          <Card data-color="accent" variant="tinted">
            <Heading level={3} data-size="xs">
              <AppLink
                to={paths.flagships(plan.actionPlan.key, flagship.key)}
                aria-label={t("plan.flagshipMore", { title: flagship.title })}
              >
                {flagship.title}
              </AppLink>
            </Heading>
            <Paragraph data-size="sm" className="clamp">
              {flagship.description}
            </Paragraph>
          </Card>
        </li>
      ))}
    </ul>
  );
}
