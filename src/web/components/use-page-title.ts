import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** Sets `document.title` to «Page – Plan – Planspor» for as long as the page is shown. */
export function usePageTitle(...parts: Array<string | null | undefined>): void {
  const { t } = useTranslation();
  const title = [...parts.filter((p): p is string => typeof p === "string" && p !== ""), t("app.titleSuffix")].join(
    " – ",
  );
  useEffect(() => {
    document.title = title;
  }, [title]);
}
