import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import { fixturePlan, fixturePlanSummary } from "../../../domain/test-fixtures.js";
import { type ApiHandler, type ApiRequest, fixtureApi, PLAN, renderApp, sessionBody } from "../../test/render-app.js";
import { polyfillDialog } from "../edit/dialog-polyfill.js";

beforeAll(polyfillDialog);

const ORG = "testby-kommune";
const notFound = (path: string) => ({ status: 404, body: { error: { code: "not_found", message: path } } });

describe("the login page", () => {
  /** Nobody signed in; `login` answers the login POST. */
  function loginApi(
    login: (request: ApiRequest) => { status: number; body: unknown; headers?: Record<string, string> },
  ) {
    const logins: ApiRequest[] = [];
    let signedIn: unknown = sessionBody(null, { sso: true });
    const handler: ApiHandler = (path, request) => {
      if (path === "/api/session") return { status: 200, body: signedIn };
      if (path === "/api/auth/login") {
        logins.push(request);
        const answer = login(request);
        if (answer.status === 200) signedIn = answer.body;
        return answer;
      }
      return fixtureApi(path, request);
    };
    return { handler, logins };
  }

  it("says which fields are missing, by the field and in a summary, without asking the server", async () => {
    const { handler, logins } = loginApi(() => ({ status: 500, body: null }));
    await renderApp("/login", handler, { session: null });
    fireEvent.click(await screen.findByRole("button", { name: "Logg inn" }));
    const summary = within(
      await screen
        .findByRole("link", { name: "Skriv inn e-postadressen din." })
        .then((l) => l.closest("[tabindex]") as HTMLElement),
    );
    expect(summary.getByRole("link", { name: "Skriv inn passordet ditt." })).toBeTruthy();
    expect(screen.getByLabelText("E-post").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByLabelText("E-post").getAttribute("autocomplete")).toBe("username");
    expect(screen.getByLabelText("Passord").getAttribute("autocomplete")).toBe("current-password");
    expect(logins).toHaveLength(0);
  });

  it("says the e-mail or password is wrong on 401, the same whichever it was", async () => {
    const { handler, logins } = loginApi(() => ({
      status: 401,
      body: { error: { code: "invalid_credentials", message: "Invalid" } },
    }));
    await renderApp("/login", handler, { session: null });
    fireEvent.change(await screen.findByLabelText("E-post"), { target: { value: "kari@testby.no" } });
    fireEvent.change(screen.getByLabelText("Passord"), { target: { value: "feil passord" } });
    fireEvent.click(screen.getByRole("button", { name: "Logg inn" }));
    expect((await screen.findByRole("alert")).textContent).toBe("E-post eller passord er feil.");
    expect(logins[0]?.body).toEqual({ email: "kari@testby.no", password: "feil passord" });
    expect(logins[0]?.headers.get("content-type")).toBe("application/json");
  });

  it("tells how many minutes to wait after too many attempts (429 with Retry-After)", async () => {
    const { handler } = loginApi(() => ({
      status: 429,
      body: { error: { code: "too_many_attempts", message: "Locked" } },
      headers: { "retry-after": "540" },
    }));
    await renderApp("/login", handler, { session: null });
    fireEvent.change(await screen.findByLabelText("E-post"), { target: { value: "kari@testby.no" } });
    fireEvent.change(screen.getByLabelText("Passord"), { target: { value: "noe" } });
    fireEvent.click(screen.getByRole("button", { name: "Logg inn" }));
    expect((await screen.findByRole("alert")).textContent).toBe("For mange forsøk. Prøv igjen om 9 minutter.");
  });

  it("goes back to returnTo after logging in, and shows who is signed in in the header", async () => {
    const { handler } = loginApi(() => ({ status: 200, body: sessionBody("editor") }));
    const { router } = await renderApp(`/login?returnTo=${encodeURIComponent(`/plans/${PLAN}`)}`, handler, {
      session: null,
    });
    fireEvent.change(await screen.findByLabelText("E-post"), { target: { value: "kari@testby.no" } });
    fireEvent.change(screen.getByLabelText("Passord"), { target: { value: "et langt passord" } });
    fireEvent.click(screen.getByRole("button", { name: "Logg inn" }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/plans/${PLAN}`));
    const account = within(await screen.findByRole("navigation", { name: "Konto" }));
    expect(await account.findByText("Innlogget som Kari Nordmann")).toBeTruthy();
    expect(account.getByRole("link", { name: "Min konto" })).toBeTruthy();
    expect(account.getByRole("button", { name: "Logg ut" })).toBeTruthy();
  });

  it("goes to the account page first when the password must be changed", async () => {
    const { handler } = loginApi(() => ({ status: 200, body: sessionBody("editor", { mustChangePassword: true }) }));
    const { router } = await renderApp("/login", handler, { session: null });
    fireEvent.change(await screen.findByLabelText("E-post"), { target: { value: "kari@testby.no" } });
    fireEvent.change(screen.getByLabelText("Passord"), { target: { value: "engangspassord" } });
    fireEvent.click(screen.getByRole("button", { name: "Logg inn" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/account"));
    expect(await screen.findByText(/Du logget inn med et engangspassord/)).toBeTruthy();
  });

  it("offers Microsoft when single sign-on is configured, and explains an unknown SSO user", async () => {
    const { handler } = loginApi(() => ({ status: 500, body: null }));
    await renderApp("/login?returnTo=%2Fsearch&error=sso_unknown_user", handler, { session: null });
    const sso = await screen.findByRole("link", { name: "Logg inn med Microsoft" });
    expect(sso.getAttribute("href")).toBe("/api/auth/oidc?returnTo=%2Fsearch");
    expect(screen.getByText(/Vi fant ingen bruker i Planspor for Microsoft-kontoen din/)).toBeTruthy();
  });
});

describe("the account page", () => {
  it("is where a user with a one-time password goes from any page, and comes back from", async () => {
    const { router } = await renderApp(`/plans/${PLAN}/measures`, fixtureApi, {
      session: sessionBody("editor", { mustChangePassword: true }),
    });
    await waitFor(() => expect(router.state.location.pathname).toBe("/account"));
    expect(router.state.location.search).toBe(`?returnTo=${encodeURIComponent(`/plans/${PLAN}/measures`)}`);
  });

  it("checks the new password's length and repetition, then sends it with the CSRF token", async () => {
    const puts: ApiRequest[] = [];
    const handler: ApiHandler = (path, request) => {
      if (path === "/api/account/password") {
        puts.push(request);
        return { status: 204, body: null };
      }
      return fixtureApi(path, request);
    };
    await renderApp("/account", handler);
    fireEvent.change(await screen.findByLabelText("Nåværende passord"), { target: { value: "gammelt" } });
    fireEvent.change(screen.getByLabelText("Nytt passord"), { target: { value: "for kort" } });
    fireEvent.click(screen.getByRole("button", { name: "Bytt passord" }));
    expect(await screen.findByRole("link", { name: "Det nye passordet må ha minst 12 tegn." })).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Nytt passord"), { target: { value: "et langt nok passord" } });
    fireEvent.change(screen.getByLabelText("Gjenta det nye passordet"), { target: { value: "et annet passord" } });
    fireEvent.click(screen.getByRole("button", { name: "Bytt passord" }));
    expect(await screen.findByRole("link", { name: "Passordene er ikke like." })).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Gjenta det nye passordet"), { target: { value: "et langt nok passord" } });
    fireEvent.click(screen.getByRole("button", { name: "Bytt passord" }));
    expect(await screen.findByText("Passordet er byttet. Du er logget ut på andre enheter.")).toBeTruthy();
    expect(puts[0]?.body).toEqual({ currentPassword: "gammelt", newPassword: "et langt nok passord" });
    expect(puts[0]?.headers.get("x-csrf-token")).toBe("csrf-test-token");
  });
});

describe("the users of an organization", () => {
  function usersApi() {
    type User = { id: number; email: string; name: string | null; role: string; unitKeys: string[] };
    const users: User[] = [
      { id: 7, email: "kari@testby.no", name: "Kari Nordmann", role: "admin", unitKeys: [] },
      { id: 8, email: "per@testby.no", name: null, role: "reporter", unitKeys: ["naering"] },
    ];
    const writes: Array<{ path: string; request: ApiRequest }> = [];
    const handler: ApiHandler = (path, request) => {
      const base = `/api/organizations/${ORG}/users`;
      if (request.method !== "GET") writes.push({ path, request });
      if (path === base && request.method === "GET") return { status: 200, body: users };
      if (path === base && request.method === "POST") {
        const body = request.body as { email: string; name?: string; role: string; unitKeys: string[] };
        users.push({ id: 9, email: body.email, name: body.name ?? null, role: body.role, unitKeys: body.unitKeys });
        return { status: 201, body: { user: { id: 9, email: body.email }, oneTimePassword: "sjelden-Hest-42-blå" } };
      }
      if (path === `${base}/8/password-reset`) return { status: 200, body: { oneTimePassword: "ny-Katt-7-grønn" } };
      if (path === `${base}/8` && request.method === "DELETE") {
        users.splice(1, 1);
        return { status: 204, body: null };
      }
      return fixtureApi(path, request);
    };
    return { handler, writes };
  }

  it("lists the users with role and units, and shows a new user's one-time password once", async () => {
    const { handler, writes } = usersApi();
    await renderApp(`/organizations/${ORG}/users`, handler, { session: sessionBody("admin") });
    const table = within(await screen.findByRole("table", { name: "Brukere i Testby kommune" }));
    const per = within(table.getByRole("row", { name: /per@testby.no/ }));
    expect(per.getByText("Rapportør")).toBeTruthy();
    expect(await per.findByText("Næring")).toBeTruthy();

    const add = within(screen.getByRole("region", { name: "Legg til en bruker" }));
    fireEvent.change(add.getByLabelText("E-post"), { target: { value: "ola@testby.no" } });
    fireEvent.change(add.getByLabelText("Navn"), { target: { value: "Ola" } });
    fireEvent.change(add.getByLabelText("Rolle"), { target: { value: "reporter" } });
    fireEvent.click(add.getByRole("checkbox", { name: "Landbruk" }));
    fireEvent.click(add.getByRole("button", { name: "Legg til bruker" }));

    expect(await screen.findByText("sjelden-Hest-42-blå")).toBeTruthy();
    expect(screen.getByText(/Passordet vises bare denne ene gangen/)).toBeTruthy();
    const post = writes.find((w) => w.request.method === "POST");
    expect(post?.request.body).toEqual({
      email: "ola@testby.no",
      name: "Ola",
      role: "reporter",
      unitKeys: ["landbruk"],
    });
    expect(post?.request.headers.get("x-csrf-token")).toBe("csrf-test-token");
    expect(await table.findByRole("row", { name: /ola@testby.no/ })).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Jeg har kopiert passordet" }));
    expect(screen.queryByText("sjelden-Hest-42-blå")).toBeNull();
  });

  it("asks before making a new one-time password, and before removing a user", async () => {
    const { handler, writes } = usersApi();
    await renderApp(`/organizations/${ORG}/users`, handler, { session: sessionBody("admin") });
    fireEvent.click(await screen.findByRole("button", { name: "Nytt passord for per@testby.no" }));
    const dialog = within(await screen.findByRole("dialog"));
    expect(dialog.getByRole("heading", { name: "Lage nytt engangspassord for per@testby.no?" })).toBeTruthy();
    expect(writes).toHaveLength(0);
    fireEvent.click(dialog.getByRole("button", { name: "Ja, fortsett" }));
    expect(await screen.findByText("ny-Katt-7-grønn")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Fjern per@testby.no fra organisasjonen" }));
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Fjern" }));
    expect(await screen.findByText("per@testby.no er fjernet fra organisasjonen.")).toBeTruthy();
    expect(writes.map((w) => [w.request.method, w.path])).toEqual([
      ["POST", `/api/organizations/${ORG}/users/8/password-reset`],
      ["DELETE", `/api/organizations/${ORG}/users/8`],
    ]);
  });

  it("is refused to those who are not administrators of the organization", async () => {
    await renderApp(`/organizations/${ORG}/users`, fixtureApi, { session: sessionBody("editor") });
    expect(await screen.findByText("Du må være administrator i organisasjonen for å se brukerne.")).toBeTruthy();
  });

  it("is linked from the header for administrators", async () => {
    await renderApp("/", fixtureApi, { session: sessionBody("admin") });
    const account = within(await screen.findByRole("navigation", { name: "Konto" }));
    expect((await account.findByRole("link", { name: "Brukere" })).getAttribute("href")).toBe(
      `/organizations/${ORG}/users`,
    );
  });
});

describe("what the plan's pages offer, by role", () => {
  const nav = async () => within(await screen.findByRole("navigation", { name: "Planmeny" }));

  it("offers editing to editors", async () => {
    await renderApp(`/plans/${PLAN}`, fixtureApi, { session: sessionBody("editor") });
    expect(await screen.findByRole("link", { name: "Rediger planen" })).toBeTruthy();
    expect((await nav()).getByRole("link", { name: "Rediger planen" })).toBeTruthy();
  });

  it("offers readers neither editing nor reporting", async () => {
    await renderApp(`/plans/${PLAN}/measures/industri-bedriftsbesok`, fixtureApi, {
      session: sessionBody("reader"),
    });
    await screen.findByRole("heading", { level: 1, name: "Bedriftsbesøk" });
    expect((await nav()).queryByRole("link", { name: "Rediger planen" })).toBeNull();
    expect((await nav()).getByRole("link", { name: "Rapportering" })).toBeTruthy();
    expect(screen.queryByRole("link", { name: "Rapporter status" })).toBeNull();
    expect(screen.queryByRole("link", { name: /^Rediger/ })).toBeNull();
  });

  it("tells a reader that the editing pages are not for them", async () => {
    await renderApp(`/plans/${PLAN}/edit/settings`, fixtureApi, { session: sessionBody("reader") });
    expect(await screen.findByRole("heading", { level: 1, name: "Ingen tilgang" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Lagre" })).toBeNull();
  });

  it("offers a reporter report links only on their units' measures", async () => {
    await renderApp(`/plans/${PLAN}/reporting?period=2025-T2`, fixtureApi, {
      session: sessionBody("reporter", { unitKeys: ["naering"] }),
    });
    const links = (await screen.findAllByRole("link", { name: /^Rapporter «/ })).map((l) => l.textContent);
    expect(links.length).toBeGreaterThan(0);
    expect(links).toContain("Rapporter «Næringsforum»");
    expect(links).not.toContain("Rapporter «Gårdsbesøk hos landbruksindustrien»");
    // The to-do lists are still there to read.
    expect(screen.getByRole("table", { name: "Status for Landbruk i 2. tertial 2025" })).toBeTruthy();
    expect((await nav()).queryByRole("link", { name: "Rediger planen" })).toBeNull();
  });

  it("asks anyone not signed in to log in to see an unpublished plan (the API's 401)", async () => {
    const handler: ApiHandler = (path, request) =>
      path === `/api/plans/${PLAN}`
        ? { status: 401, body: { error: { code: "unauthorized", message: "Log in" } } }
        : fixtureApi(path, request);
    await renderApp(`/plans/${PLAN}/measures`, handler, { session: sessionBody(null) });
    expect(await screen.findByRole("heading", { level: 1, name: "Logg inn for å se planen" })).toBeTruthy();
    const link = screen.getAllByRole("link", { name: "Logg inn" }).find((l) => l.closest("main") !== null);
    expect(link?.getAttribute("href")).toBe(`/login?returnTo=${encodeURIComponent(`/plans/${PLAN}/measures`)}`);
  });

  it("lists a published plan with a link to its public page", async () => {
    const handler: ApiHandler = (path, request) =>
      path === "/api/plans"
        ? { status: 200, body: [{ ...fixturePlanSummary(), published: true }] }
        : fixtureApi(path, request);
    await renderApp("/", handler, { session: sessionBody(null) });
    const link = await screen.findByRole("link", { name: "Offentlig side" });
    expect(link.getAttribute("href")).toBe(`/p/${ORG}/${PLAN}`);
  });

  it("says a write was refused for want of a session, with a link to log in", async () => {
    const handler: ApiHandler = (path, request) =>
      request.method === "PUT"
        ? { status: 401, body: { error: { code: "unauthorized", message: "Log in" } } }
        : fixtureApi(path, request);
    await renderApp(`/plans/${PLAN}/measures/samarbeid-forum/report?period=2025-T2`, handler);
    const [form] = await screen.findAllByRole("region", { name: /Næringsforum/ });
    fireEvent.click(within(form as HTMLElement).getByRole("radio", { name: "Pågår" }));
    fireEvent.click(within(form as HTMLElement).getByRole("button", { name: "Lagre rapporten" }));
    expect(await screen.findByRole("link", { name: "Logg inn på nytt" })).toBeTruthy();
  });
});

describe("the public page", () => {
  it("shows a published plan to anyone, read-only, without the app's search or menus", async () => {
    const plan = fixturePlan();
    const handler: ApiHandler = (path) =>
      path === `/api/public/${ORG}/${PLAN}` ? { status: 200, body: plan } : notFound(path);
    await renderApp(`/p/${ORG}/${PLAN}`, handler, { session: sessionBody(null) });
    expect(await screen.findByRole("heading", { level: 1, name: plan.actionPlan.title })).toBeTruthy();
    expect(screen.getByText("Testby kommune")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 4, name: "Bedriftsbesøk" })).toBeTruthy();
    expect(screen.getByRole("main")).toBeTruthy();
    expect(screen.getByRole("banner")).toBeTruthy();
    expect(screen.getByRole("contentinfo")).toBeTruthy();
    expect(screen.queryByRole("search")).toBeNull();
    expect(screen.queryByRole("navigation", { name: "Planmeny" })).toBeNull();
    expect(screen.queryByRole("link", { name: /Rediger|Rapporter/ })).toBeNull();
    expect(screen.getAllByText(/Mål: /).length).toBeGreaterThan(0);
  });

  it("says the plan is not there when it is not published (404)", async () => {
    await renderApp(`/p/${ORG}/${PLAN}`, (path) => notFound(path), { session: sessionBody(null) });
    expect(await screen.findByRole("heading", { level: 1, name: "Fant ikke planen" })).toBeTruthy();
  });
});

describe("publishing", () => {
  it("publishes the plan from the edit hub and shows its public address", async () => {
    const puts: ApiRequest[] = [];
    const handler: ApiHandler = (path, request) => {
      if (path === `/api/plans/${PLAN}/publication`) {
        puts.push(request);
        return { status: 200, body: { published: true, publishedAt: "2026-11-28T06:00:00Z" } };
      }
      return fixtureApi(path, request);
    };
    await renderApp(`/plans/${PLAN}/edit`, handler);
    expect(await screen.findByText(/Planen er ikke publisert/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Publiser planen" }));
    expect(await screen.findByRole("button", { name: "Avpubliser" })).toBeTruthy();
    expect(puts[0]?.body).toEqual({ published: true });
    expect(puts[0]?.headers.get("x-csrf-token")).toBe("csrf-test-token");
    expect(screen.getByRole("link", { name: new RegExp(`/p/${ORG}/${PLAN}$`) }).getAttribute("href")).toBe(
      `/p/${ORG}/${PLAN}`,
    );
  });
});
