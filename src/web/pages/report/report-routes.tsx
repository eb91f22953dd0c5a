import { lazy } from "react";
import type { RouteObject } from "react-router";

// One chunk per page, as in routes.tsx.
const ReportPage = lazy(() => import("./report-page.js").then((m) => ({ default: m.ReportPage })));
const ReportingRoundPage = lazy(() =>
  import("./reporting-round-page.js").then((m) => ({ default: m.ReportingRoundPage })),
);
const UnitToDoPage = lazy(() => import("./unit-todo-page.js").then((m) => ({ default: m.UnitToDoPage })));

/** The reporting pages under `/plans/:planKey` (each page lazy-loaded). */
export const reportRoutes: RouteObject[] = [
  { path: "measures/:measureKey/report", element: <ReportPage /> },
  { path: "reporting", element: <ReportingRoundPage /> },
  { path: "reporting/units/:actorKey", element: <UnitToDoPage /> },
];
