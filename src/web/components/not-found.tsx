import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { AppLink } from "./app-link.js";
import { usePageTitle } from "./use-page-title.js";

/** A page or a thing that does not exist, with a way back. */
export function NotFound({ message }: { message?: string }) {
  const { t } = useTranslation();
  usePageTitle(t("state.notFoundHeading"));
  return (
    <section className="stack">
      <Heading level={1} data-size="lg">
        {t("state.notFoundHeading")}
      </Heading>
      <Paragraph>{message ?? t("state.notFoundMessage")}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t("state.backHome")}</AppLink>
      </Paragraph>
    </section>
  );
}
