import { lazy } from "react";
import type { RouteObject } from "react-router";

// Each editing page is a chunk of its own, loaded (with zod) only when opened.
const EditHubPage = lazy(() => import("./edit-hub-page.js").then((m) => ({ default: m.EditHubPage })));
const SettingsEditPage = lazy(() => import("./settings-edit-page.js").then((m) => ({ default: m.SettingsEditPage })));
const AreaEditPage = lazy(() => import("./area-edit-page.js").then((m) => ({ default: m.AreaEditPage })));
const MeasureEditPage = lazy(() => import("./measure-edit-page.js").then((m) => ({ default: m.MeasureEditPage })));
const ActorsEditPage = lazy(() => import("./list-edit-pages.js").then((m) => ({ default: m.ActorsEditPage })));
const FundingSourcesEditPage = lazy(() =>
  import("./list-edit-pages.js").then((m) => ({ default: m.FundingSourcesEditPage })),
);
const FlagshipsEditPage = lazy(() => import("./list-edit-pages.js").then((m) => ({ default: m.FlagshipsEditPage })));
const ImportPage = lazy(() => import("../import/import-page.js").then((m) => ({ default: m.ImportPage })));
const RelatedPlansEditPage = lazy(() =>
  import("./related-plans-edit-page.js").then((m) => ({ default: m.RelatedPlansEditPage })),
);

/** The editing pages under `/plans/:planKey` (each page lazy-loaded, with zod, only when opened). */
export const editRoutes: RouteObject[] = [
  { path: "edit", element: <EditHubPage /> },
  { path: "edit/import", element: <ImportPage /> },
  { path: "edit/settings", element: <SettingsEditPage /> },
  { path: "edit/areas/new", element: <AreaEditPage /> },
  { path: "edit/areas/:areaKey", element: <AreaEditPage /> },
  { path: "edit/areas/:areaKey/measures/new", element: <MeasureEditPage /> },
  { path: "edit/measures/:measureKey", element: <MeasureEditPage /> },
  { path: "edit/actors", element: <ActorsEditPage /> },
  { path: "edit/funding-sources", element: <FundingSourcesEditPage /> },
  { path: "edit/flagships", element: <FlagshipsEditPage /> },
  { path: "edit/related-plans", element: <RelatedPlansEditPage /> },
];
