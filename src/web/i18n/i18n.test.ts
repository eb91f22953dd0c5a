import { describe, expect, it } from "vitest";
import { en } from "./en.js";
import { nb } from "./nb.js";
import { nn } from "./nn.js";

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const languages = { nb, nn, en } satisfies Record<string, Tree>;

describe("the UI's language resources", () => {
  const nbKeys = [...flatten(nb).keys()].sort();

  it.each(Object.entries(languages))("%s has exactly the keys of bokmål", (_name, resources) => {
    expect([...flatten(resources).keys()].sort()).toEqual(nbKeys);
  });

  it.each(Object.entries(languages))("%s has no empty strings", (_name, resources) => {
    const empty = [...flatten(resources)].filter(([, value]) => value.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(Object.entries(languages))("%s keeps the same interpolation placeholders", (_name, resources) => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const flat = flatten(resources);
    for (const [key, text] of flatten(nb)) expect(placeholders(flat.get(key) ?? ""), key).toEqual(placeholders(text));
  });
});
