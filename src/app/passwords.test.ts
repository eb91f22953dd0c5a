import { describe, expect, it } from "vitest";
import {
  hashPassword,
  MIN_PASSWORD_LENGTH,
  makeOneTimePassword,
  verifyAgainstDummy,
  verifyPassword,
} from "./passwords.js";

describe("passwords", () => {
  it("hashes with scrypt N=2^15 r=8 p=1 and a 16-byte salt, and verifies", async () => {
    const stored = await hashPassword("korrekt hest batteri");
    const [scheme, n, r, p, salt, hash] = stored.split("$");
    expect([scheme, n, r, p]).toEqual(["scrypt", "32768", "8", "1"]);
    expect(Buffer.from(salt ?? "", "base64")).toHaveLength(16);
    expect(Buffer.from(hash ?? "", "base64").length).toBeGreaterThanOrEqual(32);
    expect(await verifyPassword("korrekt hest batteri", stored)).toBe(true);
    expect(await verifyPassword("korrekt hest batteri ", stored)).toBe(false);
    expect(await verifyPassword("", stored)).toBe(false);
  });

  it("salts every hash anew", async () => {
    const [a, b] = await Promise.all([hashPassword("samme passord"), hashPassword("samme passord")]);
    expect(a).not.toBe(b);
    expect(await verifyPassword("samme passord", b)).toBe(true);
  });

  it("matches nothing with a stored value that is no hash, or asks for absurd parameters", async () => {
    for (const stored of [
      "",
      "plain",
      "scrypt$1$8$1$abc$def",
      "bcrypt$x",
      "scrypt$3$8$1$AAAA$AAAAAAAAAAAAAAAAAAAAAA==",
    ]) {
      expect(await verifyPassword("plain", stored)).toBe(false);
    }
    const huge = (await hashPassword("x")).replace("$32768$", `$${2 ** 24}$`);
    expect(await verifyPassword("x", huge)).toBe(false);
  });

  it("makes one-time passwords long enough, of unambiguous characters, each different", () => {
    const made = Array.from({ length: 200 }, makeOneTimePassword);
    for (const password of made) {
      expect(password.length).toBeGreaterThanOrEqual(16);
      expect(password.length).toBeGreaterThanOrEqual(MIN_PASSWORD_LENGTH);
      expect(password).toMatch(/^[a-z2-9]+$/);
      expect(password).not.toMatch(/[ilo01]/);
    }
    expect(new Set(made).size).toBe(made.length);
  });

  it("checks against a dummy hash and says no", async () => {
    expect(await verifyAgainstDummy("noe")).toBe(false);
  });
});
