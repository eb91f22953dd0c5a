import { describe, expect, it } from "vitest";
import { ANONYMOUS, allowedActions, decide, mayReportOn, type Role, roleIn, type Viewer } from "./access.js";

const ORG = "gjovik-kommune";
const OTHER = "ostre-toten-kommune";

const member = (role: Role, unitKeys: string[] = [], organizationKey = ORG): Viewer => ({
  kind: "user",
  userId: 1,
  email: "kari@example.no",
  installationAdmin: false,
  memberships: [{ organizationKey, role, unitKeys }],
});
const installationAdmin: Viewer = {
  kind: "user",
  userId: 2,
  email: "drift@example.no",
  installationAdmin: true,
  memberships: [],
};

const unpublished = { organizationKey: ORG, published: false };
const published = { organizationKey: ORG, published: true };

describe("the roles", () => {
  it("grant each role its actions in its own organization, and installation admins all", () => {
    expect(allowedActions(member("admin"), unpublished)).toEqual(["read", "edit", "report", "audit", "admin"]);
    expect(allowedActions(member("editor"), unpublished)).toEqual(["read", "edit", "report", "audit"]);
    expect(allowedActions(member("reporter"), unpublished)).toEqual(["read", "report"]);
    expect(allowedActions(member("reader"), unpublished)).toEqual(["read"]);
    expect(allowedActions(installationAdmin, unpublished)).toEqual(["read", "edit", "report", "audit", "admin"]);
    expect(roleIn(member("editor", [], OTHER), ORG)).toBeNull();
  });

  it("refuses what a role lacks with 403, internal comments readable by every member", () => {
    expect(decide(member("reader"), "edit", unpublished)).toEqual({ allowed: false, reason: "forbidden" });
    expect(decide(member("reader"), "read", unpublished)).toEqual({ allowed: true, internal: true });
  });
});

describe("outsiders", () => {
  it("do not see an unpublished plan: 401 for nobody signed in, 404 for another organization", () => {
    expect(decide(ANONYMOUS, "read", unpublished, true)).toEqual({ allowed: false, reason: "login" });
    expect(decide(member("admin", [], OTHER), "read", unpublished, true)).toEqual({ allowed: false, reason: "hidden" });
  });

  it("read a published plan where the route allows it, without internal comments, and nothing more", () => {
    expect(decide(ANONYMOUS, "read", published, true)).toEqual({ allowed: true, internal: false });
    expect(decide(member("editor", [], OTHER), "read", published, true)).toEqual({ allowed: true, internal: false });
    expect(decide(ANONYMOUS, "read", published, false)).toEqual({ allowed: false, reason: "login" });
    expect(decide(member("editor", [], OTHER), "edit", published, true)).toEqual({
      allowed: false,
      reason: "forbidden",
    });
    expect(allowedActions(ANONYMOUS, published)).toEqual(["read"]);
  });
});

describe("reporting on a measure", () => {
  const measure = { responsibility: { text: "Næring", responsibleActorKeys: ["naering"], partnerActorKeys: ["ntnu"] } };
  const activity = { responsibility: { text: "Landbruk", responsibleActorKeys: ["landbruk"], partnerActorKeys: [] } };

  it("lets a reporter report where one of their units is responsible, not where it is a partner", () => {
    expect(mayReportOn(member("reporter", ["naering"]), ORG, measure)).toBe(true);
    expect(mayReportOn(member("reporter", ["landbruk"]), ORG, measure)).toBe(false);
    expect(mayReportOn(member("reporter", ["ntnu"]), ORG, measure)).toBe(false);
    expect(mayReportOn(member("reporter", ["landbruk"]), ORG, measure, activity)).toBe(true);
  });

  it("lets editors and admins report on any measure, readers and outsiders on none", () => {
    expect(mayReportOn(member("editor"), ORG, { responsibility: null })).toBe(true);
    expect(mayReportOn(installationAdmin, ORG, { responsibility: null })).toBe(true);
    expect(mayReportOn(member("reader", ["naering"]), ORG, measure)).toBe(false);
    expect(mayReportOn(member("reporter", ["naering"], OTHER), ORG, measure)).toBe(false);
    expect(mayReportOn(ANONYMOUS, ORG, measure)).toBe(false);
  });
});
