import { Skeleton, Spinner } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";

/** Shown while a page or its data loads: a spinner with a spoken label and a sketch of the page. */
export function LoadingState() {
  const { t } = useTranslation();
  return (
    <div className="loading-state" role="status">
      <Spinner aria-label={t("state.loading")} data-size="lg" />
      <Skeleton variant="text" width="60%" height="2.5rem" />
      <Skeleton variant="rectangle" width="100%" height="6rem" />
      <Skeleton variant="rectangle" width="100%" height="6rem" />
    </div>
  );
}
