import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PlanDocument } from "../../../domain/plan-schema.js";
import { usePlans } from "../../api/use-resource.js";
import { accountPaths } from "../../components/account-menu.js";
import { AppLink } from "../../components/app-link.js";
import { formatTimestampDate } from "../../components/report-format.js";
import { FailureAlert } from "../../forms/failure-alert.js";
import { useLocale } from "../../i18n/index.js";
import { type Publication, setPublished } from "./access-api.js";

/** The edit hub's «Publiser planen» / «Avpubliser», with the public address while it is published. */
export function PublishSection({ plan }: { plan: PlanDocument }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const plans = usePlans();
  const planKey = plan.actionPlan.key;
  const summary = plans.status === "ready" ? plans.data.find((p) => p.key === planKey) : undefined;
  const [written, setWritten] = useState<Publication | null>(null);
  const [isWorking, setIsWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const published = written?.published ?? summary?.published ?? false;
  const publishedAt = written?.publishedAt ?? summary?.publishedAt ?? null;
  const publicPath = accountPaths.publicPlan(plan.organization.key, planKey);
  const publicAddress = `${globalThis.location?.origin ?? ""}${publicPath}`;

  const handleToggle = async () => {
    if (isWorking) return;
    setIsWorking(true);
    setFailure(null);
    try {
      setWritten(await setPublished(planKey, !published));
    } catch (error) {
      setFailure(t("access.publish.failed", { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setIsWorking(false);
    }
  };

  return (
    <section aria-labelledby="edit-publish" className="stack-sm">
      <Heading level={2} data-size="md" id="edit-publish">
        {t("access.publish.heading")}
      </Heading>
      <div aria-live="polite" className="stack-xs">
        {published ? (
          <>
            <Paragraph>{t("access.publish.published")}</Paragraph>
            <Paragraph>
              <AppLink to={publicPath}>{publicAddress}</AppLink>
            </Paragraph>
            {publishedAt ? (
              <Paragraph data-size="sm">
                {t("access.publish.publishedAt", { date: formatTimestampDate(publishedAt, locale) })}
              </Paragraph>
            ) : null}
          </>
        ) : (
          <Paragraph>{t("access.publish.unpublished")}</Paragraph>
        )}
      </div>
      <div>
        <Button
          type="button"
          variant={published ? "secondary" : "primary"}
          aria-disabled={isWorking || undefined}
          onClick={() => void handleToggle()}
        >
          {isWorking
            ? t("access.publish.working")
            : published
              ? t("access.publish.unpublish")
              : t("access.publish.publish")}
        </Button>
      </div>
      <FailureAlert message={failure} />
    </section>
  );
}
