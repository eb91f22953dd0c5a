import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/api-client.js";
import { usePageTitle } from "./use-page-title.js";

type ErrorStateProps = { error: unknown; onRetry?: () => void };

/** When the API fails: say so, show the service's message, and offer to try again. */
export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  usePageTitle(t("state.errorHeading"));
  const detail = error instanceof ApiError || error instanceof Error ? error.message : null;
  const handleRetry = () => onRetry?.();
  return (
    <Alert data-color="danger" className="error-state">
      <Heading level={1} data-size="xs">
        {t("state.errorHeading")}
      </Heading>
      <Paragraph>{t("state.errorMessage")}</Paragraph>
      {detail ? <Paragraph data-size="sm">{t("state.errorDetail", { message: detail })}</Paragraph> : null}
      {onRetry ? (
        <Button variant="secondary" data-size="sm" onClick={handleRetry}>
          {t("state.retry")}
        </Button>
      ) : null}
    </Alert>
  );
}
