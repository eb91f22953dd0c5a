/** Renders the app at an address, with the API answered from the shared test plan (or an error). */
import { render } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { createMemoryRouter, RouterProvider } from "react-router";
import { vi } from "vitest";
import { fixturePlan, fixturePlanSummary } from "../../domain/test-fixtures.js";
import { clearResourceCache } from "../api/use-resource.js";
import { i18n } from "../i18n/index.js";
import { routes } from "../routes.js";

const plan = fixturePlan();
const planSummary = fixturePlanSummary(plan);

type ApiResponse = { status: number; body: unknown };
/** The request as the handler sees it: method, query string and JSON body besides the path. */
export type ApiRequest = { method: string; search: URLSearchParams; body: unknown; headers: Headers };
export type ApiHandler = (path: string, request: ApiRequest) => ApiResponse;

export const fixtureApi: ApiHandler = (path) => {
  if (path === "/api/plans") return { status: 200, body: [planSummary] };
  if (path === `/api/plans/${plan.actionPlan.key}`) return { status: 200, body: plan };
  return { status: 404, body: { error: { code: "not_found", message: `Fant ikke ${path}` } } };
};

export function stubApi(handler: ApiHandler = fixtureApi) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === "string" ? input : input.toString(), "http://localhost");
    const request: ApiRequest = {
      method: init?.method ?? "GET",
      search: url.searchParams,
      body: typeof init?.body === "string" ? JSON.parse(init.body) : null,
      headers: new Headers(init?.headers),
    };
    const { status, body } = handler(url.pathname, request);
    if (status === 204) return new Response(null, { status });
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

export async function renderApp(path: string, handler: ApiHandler = fixtureApi) {
  clearResourceCache();
  await i18n.changeLanguage("nb");
  const fetchMock = stubApi(handler);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
  return { ...view, router, fetchMock };
}

export const PLAN = plan.actionPlan.key;
