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

type ApiResponse = { status: number; body: unknown; headers?: Record<string, string> };
/** The request as the handler sees it: method, query string and JSON body besides the path. */
export type ApiRequest = { method: string; search: URLSearchParams; body: unknown; headers: Headers };
export type ApiHandler = (path: string, request: ApiRequest) => ApiResponse;

/** A signed-in session as `GET /api/session` gives it: by default an editor of the test plan's organization. */
export function sessionBody(
  role: "admin" | "editor" | "reporter" | "reader" | null = "editor",
  options: { unitKeys?: string[]; installationAdmin?: boolean; mustChangePassword?: boolean; sso?: boolean } = {},
) {
  if (role === null && !options.installationAdmin) return { user: null, sso: options.sso ?? false };
  return {
    user: {
      id: 7,
      email: "kari@testby.no",
      name: "Kari Nordmann",
      installationAdmin: options.installationAdmin ?? false,
      mustChangePassword: options.mustChangePassword ?? false,
    },
    memberships:
      role === null
        ? []
        : [
            {
              organizationKey: plan.organization.key,
              organizationName: plan.organization.name,
              role,
              unitKeys: options.unitKeys ?? [],
            },
          ],
    csrfToken: "csrf-test-token",
    sso: options.sso ?? false,
  };
}

export const fixtureApi: ApiHandler = (path) => {
  if (path === "/api/plans") return { status: 200, body: [planSummary] };
  if (path === `/api/plans/${plan.actionPlan.key}`) return { status: 200, body: plan };
  return { status: 404, body: { error: { code: "not_found", message: `Fant ikke ${path}` } } };
};

/**
 * Answers the API from `handler`; `GET /api/session` is answered with `session` (by default an
 * editor of the test plan's organization) unless `session` is null, when the handler answers it too.
 */
export function stubApi(handler: ApiHandler = fixtureApi, session: unknown = sessionBody()) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === "string" ? input : input.toString(), "http://localhost");
    const request: ApiRequest = {
      method: init?.method ?? "GET",
      search: url.searchParams,
      body: typeof init?.body === "string" ? JSON.parse(init.body) : null,
      headers: new Headers(init?.headers),
    };
    const { status, body, headers } =
      url.pathname === "/api/session" && session !== null && request.method === "GET"
        ? { status: 200, body: session }
        : handler(url.pathname, request);
    if (status === 204) return new Response(null, { status });
    return new Response(JSON.stringify(body), {
      status,
      headers: { "content-type": "application/json", ...headers },
    });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

export async function renderApp(path: string, handler: ApiHandler = fixtureApi, options: { session?: unknown } = {}) {
  clearResourceCache();
  await i18n.changeLanguage("nb");
  const fetchMock = stubApi(handler, options.session === undefined ? sessionBody() : options.session);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
  return { ...view, router, fetchMock };
}

export const PLAN = plan.actionPlan.key;

/** The API's paths the app asked for, without the session (which every page asks for once). */
export function apiCalls(fetchMock: { mock: { calls: unknown[][] } }): string[] {
  return fetchMock.mock.calls.map(([url]) => String(url)).filter((url) => url !== "/api/session");
}
