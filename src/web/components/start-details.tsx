import { Tag } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { Start } from "../../domain/plan-schema.js";

/** The start as the plan writes it, with its kind («Pågår», «Halvår» …) as a tag. */
export function StartDetails({ start }: { start: Start }) {
  const { t } = useTranslation();
  const kind = t(`startKind.${start.kind}`);
  // «Pågår» needs no «Pågår» tag beside it.
  const isSame = kind.toLocaleLowerCase() === start.text.trim().toLocaleLowerCase();
  return (
    <span className="start-details">
      <span>{start.text}</span>
      {isSame ? null : (
        <>
          {" "}
          <Tag data-color="neutral" data-size="sm">
            {kind}
          </Tag>
        </>
      )}
    </span>
  );
}
