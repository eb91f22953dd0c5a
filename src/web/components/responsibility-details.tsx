import { useTranslation } from "react-i18next";
import type { Actor, Responsibility } from "../../domain/plan-schema.js";
import { DetailList } from "./detail-list.js";

type ResponsibilityDetailsProps = { responsibility: Responsibility; actors: Actor[] };

/** Who is responsible, as the plan writes it, and the responsible units and partners by name. */
export function ResponsibilityDetails({ responsibility, actors }: ResponsibilityDetailsProps) {
  const { t } = useTranslation();
  const names = (keys: string[]) => {
    if (keys.length === 0) return null;
    return (
      <ul className="inline-list">
        {keys.map((key) => {
          const actor = actors.find((a) => a.key === key);
          return (
            <li key={key}>
              {actor?.name ?? key}
              {actor ? <span className="muted"> ({t(`actorKind.${actor.kind}`)})</span> : null}
            </li>
          );
        })}
      </ul>
    );
  };
  return (
    <div>
      <p className="detail-items__text">{responsibility.text}</p>
      <DetailList
        details={[
          { label: t("responsibility.responsible"), value: names(responsibility.responsibleActorKeys) },
          { label: t("responsibility.partners"), value: names(responsibility.partnerActorKeys) },
        ]}
      />
    </div>
  );
}
