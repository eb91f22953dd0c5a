import { lazy, Suspense } from "react";
import type { RouteObject } from "react-router";
import { Layout } from "./components/layout.js";
import { PlanRoute, RequireAccess } from "./components/plan-route.js";
import { RouteError } from "./components/route-error.js";
import { editRoutes } from "./pages/edit/edit-routes.js";
import { insightRoutes } from "./pages/insight/insight-routes.js";
import { reportRoutes } from "./pages/report/report-routes.js";
import { revisionRoutes } from "./pages/revisions/revision-routes.js";

// One chunk per page, so the first page loads only what it shows.
const HomePage = lazy(() => import("./pages/home-page.js").then((m) => ({ default: m.HomePage })));
const PlanOverviewPage = lazy(() =>
  import("./pages/plan-overview-page.js").then((m) => ({ default: m.PlanOverviewPage })),
);
const AreaPage = lazy(() => import("./pages/area-page.js").then((m) => ({ default: m.AreaPage })));
const MeasurePage = lazy(() => import("./pages/measure-page.js").then((m) => ({ default: m.MeasurePage })));
const MeasuresListPage = lazy(() =>
  import("./pages/measures-list-page.js").then((m) => ({ default: m.MeasuresListPage })),
);
const FlagshipsPage = lazy(() => import("./pages/flagships-page.js").then((m) => ({ default: m.FlagshipsPage })));
const RelatedPlansPage = lazy(() =>
  import("./pages/related-plans-page.js").then((m) => ({ default: m.RelatedPlansPage })),
);
const SearchPage = lazy(() => import("./pages/search/search-page.js").then((m) => ({ default: m.SearchPage })));
const LoginPage = lazy(() => import("./pages/access/login-page.js").then((m) => ({ default: m.LoginPage })));
const AccountPage = lazy(() => import("./pages/access/account-page.js").then((m) => ({ default: m.AccountPage })));
const UsersPage = lazy(() => import("./pages/access/users-page.js").then((m) => ({ default: m.UsersPage })));
const PublicLayout = lazy(() =>
  import("./pages/access/public-plan-page.js").then((m) => ({ default: m.PublicLayout })),
);
const PublicPlanPage = lazy(() =>
  import("./pages/access/public-plan-page.js").then((m) => ({ default: m.PublicPlanPage })),
);
const NotFoundPage = lazy(() => import("./pages/not-found-page.js").then((m) => ({ default: m.NotFoundPage })));

export const routes: RouteObject[] = [
  // The public page of a published plan: a plain frame of its own, without the app's search and menus.
  {
    path: "p/:orgKey/:planKey",
    element: (
      <Suspense fallback={null}>
        <PublicLayout />
      </Suspense>
    ),
    errorElement: <RouteError />,
    children: [{ index: true, element: <PublicPlanPage /> }],
  },
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: "plans/:planKey",
        element: <PlanRoute />,
        children: [
          { index: true, element: <PlanOverviewPage /> },
          { path: "areas/:areaKey", element: <AreaPage /> },
          { path: "measures", element: <MeasuresListPage /> },
          { path: "measures/:measureKey", element: <MeasurePage /> },
          { path: "flagships", element: <FlagshipsPage /> },
          { path: "related-plans", element: <RelatedPlansPage /> },
          // Editing, and the revisions' evaluation and roll, only for those who may edit the plan.
          { element: <RequireAccess action="edit" />, children: editRoutes },
          ...reportRoutes,
          ...insightRoutes,
          ...revisionRoutes,
        ],
      },
      { path: "search", element: <SearchPage /> },
      { path: "login", element: <LoginPage /> },
      { path: "account", element: <AccountPage /> },
      { path: "organizations/:orgKey/users", element: <UsersPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];
