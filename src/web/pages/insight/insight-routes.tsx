import { lazy } from "react";
import type { RouteObject } from "react-router";

// One chunk per page, as in routes.tsx: the charting library loads only with the pages that draw charts.
const DashboardPage = lazy(() => import("./dashboard-page.js").then((m) => ({ default: m.DashboardPage })));
const CoveragePage = lazy(() => import("./coverage-page.js").then((m) => ({ default: m.CoveragePage })));
const BudgetPage = lazy(() => import("./budget-page.js").then((m) => ({ default: m.BudgetPage })));
const TimelinePage = lazy(() => import("./timeline-page.js").then((m) => ({ default: m.TimelinePage })));

/** The insight pages under `/plans/:planKey` (each page lazy-loaded). */
export const insightRoutes: RouteObject[] = [
  { path: "dashboard", element: <DashboardPage /> },
  { path: "coverage", element: <CoveragePage /> },
  { path: "budget", element: <BudgetPage /> },
  { path: "timeline", element: <TimelinePage /> },
];
