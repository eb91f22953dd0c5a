import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";

/**
 * Someone else saved first. What the person typed stays in the form until they choose to load
 * the current data.
 */
export function ConflictAlert({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert data-color="warning" role="alert">
      <Heading level={2} data-size="xs">
        {t("edit.conflict.heading")}
      </Heading>
      <Paragraph>{t("edit.conflict.text")}</Paragraph>
      <Button variant="secondary" onClick={onReload}>
        {t("edit.conflict.reload")}
      </Button>
    </Alert>
  );
}

/** A failure that is no field's fault. */
export function FailureAlert({ message }: { message: string | null }) {
  const { t } = useTranslation();
  if (message === null) return null;
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{t("edit.form.failed", { message })}</Paragraph>
    </Alert>
  );
}
