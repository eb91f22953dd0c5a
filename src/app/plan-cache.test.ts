import { describe, expect, it } from "vitest";
import { generatedPlan } from "../db/test-plans.js";
import { matchesEtag } from "../server/cached-body.js";
import { PlanCache } from "./plan-cache.js";

const plan = generatedPlan("cache-plan", 1, 2);
const v1 = { plan, version: 1 };

describe("PlanCache", () => {
  it("loads a plan once, shares the load, and counts hits and misses", async () => {
    const cache = new PlanCache();
    let loads = 0;
    const load = async () => {
      loads++;
      return v1;
    };
    const [one, two] = await Promise.all([cache.get("k", load), cache.get("k", load)]);
    expect(one).toBe(two);
    expect(loads).toBe(1);
    expect([cache.hits, cache.misses]).toEqual([1, 1]);
    expect(one?.full.bytes.toString("utf8")).toBe(JSON.stringify(plan));
  });

  it("gives each version of the bytes its own strong ETag, and serializes a view once", async () => {
    const cache = new PlanCache();
    const first = await cache.get("k", async () => v1);
    const changed = { ...plan, actionPlan: { ...plan.actionPlan, title: "Endret" } };
    cache.invalidate("k");
    const second = await cache.get("k", async () => ({ plan: changed, version: 2 }));
    expect(first?.full.etag).toMatch(/^"[\w-]{27}"$/);
    expect(second?.full.etag).not.toBe(first?.full.etag);
    let made = 0;
    const view = () => {
      made++;
      return { title: "offentlig" };
    };
    const a = second?.view("public", view);
    const b = second?.view("public", view);
    expect(a).toBe(b);
    expect(made).toBe(1);
    expect(a?.etag).not.toBe(second?.full.etag);
  });

  it("forgets a missing plan and a failed load, but not an entry that replaced it meanwhile", async () => {
    const cache = new PlanCache();
    expect(await cache.get("k", async () => null)).toBeNull();
    expect(cache.size).toBe(0);
    await expect(cache.get("k", async () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(cache.size).toBe(0);

    let fail: (error: Error) => void = () => {};
    const failing = cache.get("k", () => new Promise((_resolve, reject) => (fail = reject)));
    cache.invalidate("k");
    const fresh = await cache.get("k", async () => v1);
    fail(new Error("late"));
    await expect(failing).rejects.toThrow("late");
    expect(cache.size).toBe(1);
    expect(await cache.get("k", async () => null)).toBe(fresh);
  });

  it("keeps nothing while it is not live, and starts empty when live again", async () => {
    const cache = new PlanCache();
    await cache.get("k", async () => v1);
    cache.setLive(false);
    expect(cache.size).toBe(0);
    let loads = 0;
    const load = async () => {
      loads++;
      return v1;
    };
    await cache.get("k", load);
    await cache.get("k", load);
    expect(loads).toBe(2);
    expect(cache.size).toBe(0);
    cache.setLive(true);
    await cache.get("k", load);
    await cache.get("k", load);
    expect(loads).toBe(3);
  });
});

describe("PlanCache versions", () => {
  it("keeps a plan just written, unless it holds a newer one", async () => {
    const cache = new PlanCache();
    await cache.get("k", async () => ({ plan, version: 5 }));
    const newer = { ...plan, actionPlan: { ...plan.actionPlan, title: "Ny" } };
    cache.put("k", { plan: newer, version: 6 });
    expect(cache.peek("k")?.plan).toBe(newer);
    cache.put("k", { plan, version: 5 });
    expect(cache.peek("k")?.version).toBe(6);
    expect((await cache.get("k", async () => null))?.plan).toBe(newer);
  });

  it("forgets on a change only what is older than the version it tells of", async () => {
    const cache = new PlanCache();
    await cache.get("k", async () => ({ plan, version: 7 }));
    cache.invalidate("k", 7);
    expect(cache.peek("k")?.version).toBe(7);
    cache.invalidate("k", 8);
    expect(cache.peek("k")).toBeUndefined();
    await cache.get("k", async () => ({ plan, version: 8 }));
    cache.invalidate("k");
    expect(cache.size).toBe(0);
  });

  it("does not keep a load that a newer write overtook", async () => {
    const cache = new PlanCache();
    let finish: (value: { plan: typeof plan; version: number }) => void = () => {};
    const loading = cache.get("k", () => new Promise((resolve) => (finish = resolve)));
    cache.put("k", { plan, version: 3 });
    finish({ plan, version: 2 });
    await loading;
    expect(cache.peek("k")?.version).toBe(3);
  });
});

describe("PlanCache size", () => {
  it("keeps at most its size, dropping the least recently read", async () => {
    const cache = new PlanCache(2);
    await cache.get("a", async () => v1);
    await cache.get("b", async () => v1);
    await cache.get("a", async () => v1);
    await cache.get("c", async () => v1);
    expect(cache.size).toBe(2);
    expect(cache.peek("b")).toBeUndefined();
    expect(cache.peek("a")).toBeDefined();
    expect(cache.peek("c")).toBeDefined();
  });
});

describe("matchesEtag", () => {
  it("compares weakly, in lists, and takes «*»", () => {
    expect(matchesEtag(undefined, '"a"')).toBe(false);
    expect(matchesEtag('"a"', '"a"')).toBe(true);
    expect(matchesEtag('W/"a"', '"a"')).toBe(true);
    expect(matchesEtag('"b", "a"', '"a"')).toBe(true);
    expect(matchesEtag('"b"', '"a"')).toBe(false);
    expect(matchesEtag("*", '"a"')).toBe(true);
  });
});
