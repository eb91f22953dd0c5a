import { lazy } from "react";
import type { RouteObject } from "react-router";
import { RequireAccess } from "../../components/plan-route.js";

// One chunk per page, as in routes.tsx.
const RevisionsPage = lazy(() => import("./revisions-page.js").then((m) => ({ default: m.RevisionsPage })));
const ComparePage = lazy(() => import("./compare-page.js").then((m) => ({ default: m.ComparePage })));
const EvaluatePage = lazy(() => import("./evaluate-page.js").then((m) => ({ default: m.EvaluatePage })));
const RollPage = lazy(() => import("./roll-page.js").then((m) => ({ default: m.RollPage })));

/** The revision pages under `/plans/:planKey`: the history line with adoption, compare, evaluate, roll. */
export const revisionRoutes: RouteObject[] = [
  { path: "revisions", element: <RevisionsPage /> },
  { path: "revisions/compare", element: <ComparePage /> },
  {
    element: <RequireAccess action="edit" />,
    children: [
      { path: "revisions/evaluate", element: <EvaluatePage /> },
      { path: "revisions/roll", element: <RollPage /> },
    ],
  },
];
