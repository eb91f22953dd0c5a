import { describe, expect, it } from "vitest";
import { hashState, identityFromClaims, safeReturnTo } from "./oidc-login.js";

describe("safeReturnTo", () => {
  it("keeps a path on this site, with its query", () => {
    expect(safeReturnTo("/plans/gjovik?tab=measures#m-1")).toBe("/plans/gjovik?tab=measures#m-1");
    expect(safeReturnTo("/")).toBe("/");
  });

  it("turns anything that could leave the site into /", () => {
    for (const value of [
      undefined,
      "",
      "plans",
      "//evil.example/x",
      "/\\evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      "/a\r\nSet-Cookie: x=y",
      `/${"a".repeat(2001)}`,
    ]) {
      expect(safeReturnTo(value)).toBe("/");
    }
  });
});

describe("identityFromClaims", () => {
  const base = { iss: "https://login.example/tenant/v2.0", sub: "abc" };

  it("takes a verified e-mail as the provider says", () => {
    expect(identityFromClaims({ ...base, email: "kari@example.no", email_verified: true }, false)).toEqual({
      issuer: base.iss,
      subject: "abc",
      email: "kari@example.no",
      emailVerified: true,
    });
    expect(identityFromClaims({ ...base, email: "kari@example.no", email_verified: false }, false).emailVerified).toBe(
      false,
    );
  });

  it("takes Entra ID's e-mail or preferred_username as verified only when trusted", () => {
    const entra = { ...base, preferred_username: "kari@kommune.no" };
    expect(identityFromClaims(entra, false)).toMatchObject({ email: "kari@kommune.no", emailVerified: false });
    expect(identityFromClaims(entra, true)).toMatchObject({ email: "kari@kommune.no", emailVerified: true });
    expect(identityFromClaims({ ...base, email: "kari@kommune.no" }, true)).toMatchObject({ emailVerified: true });
  });

  it("has no e-mail when the claims hold none that looks like one", () => {
    expect(identityFromClaims({ ...base, preferred_username: "kari" }, true)).toMatchObject({
      email: null,
      emailVerified: false,
    });
  });
});

describe("hashState", () => {
  it("is the SHA-256 of the state in hex", () => {
    expect(hashState("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
