import { describe, expect, it } from "vitest";
import { canonicalJson, versionOf } from "./versions.js";

describe("versionOf", () => {
  it("gives the same version for the same content whatever the key order", () => {
    expect(versionOf({ a: 1, b: [1, { c: "ø", d: null }] })).toBe(versionOf({ b: [1, { d: null, c: "ø" }], a: 1 }));
  });

  it("gives another version when any value changes, however small", () => {
    const base = { title: "Bedriftsbesøk", count: 5 };
    expect(versionOf(base)).not.toBe(versionOf({ ...base, count: 6 }));
    expect(versionOf(base)).not.toBe(versionOf({ ...base, title: "Bedriftsbesøk " }));
    expect(versionOf("å")).not.toBe(versionOf("æ"));
  });

  it("is sixteen hexadecimal digits", () => {
    expect(versionOf({})).toMatch(/^[0-9a-f]{16}$/);
    expect(versionOf(null)).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe("canonicalJson", () => {
  it("sorts keys at every level and leaves out undefined members", () => {
    expect(canonicalJson({ b: 1, a: { d: undefined, c: [2, 1] } })).toBe('{"a":{"c":[2,1]},"b":1}');
  });
});
