import { describe, expect, it } from "vitest";
import { generatedPlan } from "../db/test-plans.js";
import { matchesEtag } from "../server/cached-body.js";
import { PlanCache } from "./plan-cache.js";

const plan = generatedPlan("cache-plan", 1, 2);

describe("PlanCache", () => {
  it("loads a plan once, shares the load, and counts hits and misses", async () => {
    const cache = new PlanCache();
    let loads = 0;
    const load = async () => {
      loads++;
      return plan;
    };
    const [one, two] = await Promise.all([cache.get("k", load), cache.get("k", load)]);
    expect(one).toBe(two);
    expect(loads).toBe(1);
    expect([cache.hits, cache.misses]).toEqual([1, 1]);
    expect(one?.full.bytes.toString("utf8")).toBe(JSON.stringify(plan));
  });

  it("gives each version of the bytes its own strong ETag, and serializes a view once", async () => {
    const cache = new PlanCache();
    const first = await cache.get("k", async () => plan);
    const changed = { ...plan, actionPlan: { ...plan.actionPlan, title: "Endret" } };
    cache.invalidate("k");
    const second = await cache.get("k", async () => changed);
    expect(first?.full.etag).toMatch(/^"[\w-]{27}"$/);
    expect(second?.full.etag).not.toBe(first?.full.etag);
    let made = 0;
    const view = () => {
      made++;
      return { title: "offentlig" };
    };
    const v1 = second?.view("public", view);
    const v2 = second?.view("public", view);
    expect(v1).toBe(v2);
    expect(made).toBe(1);
    expect(v1?.etag).not.toBe(second?.full.etag);
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
    const fresh = await cache.get("k", async () => plan);
    fail(new Error("late"));
    await expect(failing).rejects.toThrow("late");
    expect(cache.size).toBe(1);
    expect(await cache.get("k", async () => null)).toBe(fresh);
  });

  it("keeps nothing while it is not live, and starts empty when live again", async () => {
    const cache = new PlanCache();
    await cache.get("k", async () => plan);
    cache.setLive(false);
    expect(cache.size).toBe(0);
    let loads = 0;
    const load = async () => {
      loads++;
      return plan;
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
