import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "../db/test-database.js";
import { PlanDocument } from "../domain/plan-schema.js";
import { type Run, runPlanspor } from "./run-planspor.js";

const KEY = "gjovik-naering-2024-2026";
const builtinText = readFileSync(new URL(`../../plans/${KEY}.json`, import.meta.url), "utf8");
const scratch = mkdtempSync(join(tmpdir(), "planspor-cli-"));

/** The database every command of this file uses: a fresh PGlite folder, or a fresh PostgreSQL database. */
let dbEnv: Record<string, string>;
let dropDatabase: (() => Promise<void>) | undefined;

const planspor = (args: string[], env: Record<string, string> = dbEnv): Promise<Run> => runPlanspor(args, env);

beforeAll(async () => {
  const url = process.env.TEST_DATABASE_URL;
  if (url === undefined) {
    dbEnv = { PLANSPOR_DATA: join(scratch, "data") };
    return;
  }
  const database = await createScratchDatabase(url, "planspor_cli");
  dbEnv = { DATABASE_URL: database.url };
  dropDatabase = database.drop;
});
afterAll(async () => {
  await dropDatabase?.();
});

describe("planspor CLI", () => {
  it("seeds the built-in plan, lists it, and exports it as the file holds it", async () => {
    const seed = await planspor(["seed"]);
    expect(seed.code, seed.stderr).toBe(0);
    expect(seed.stdout).toContain(`Loaded ${KEY}`);

    const list = await planspor(["list", "--format", "json"]);
    expect(list.code, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout).map((p: { key: string }) => p.key)).toEqual([KEY]);

    const out = join(scratch, "export.json");
    const exported = await planspor(["export", "--plan", KEY, "--format", "json", "--out", out]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(PlanDocument.parse(JSON.parse(builtinText)));
  });

  it("refuses to import an existing key without --replace, and replaces with it", async () => {
    const file = join(scratch, "same.json");
    writeFileSync(file, builtinText);
    const refused = await planspor(["import", file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("--replace");
    const replaced = await planspor(["import", file, "--replace"]);
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(replaced.stdout).toContain(`Replaced ${KEY}`);
  });

  it("prints every problem of an invalid file with its JSON path, exits non-zero and writes nothing", async () => {
    const plan = JSON.parse(builtinText);
    plan.actionPlan.key = "en-ny-plan";
    plan.focusAreas[0].measures[0].strategyNumbers = [99];
    plan.focusAreas[1].title = "";
    const file = join(scratch, "invalid.json");
    writeFileSync(file, JSON.stringify(plan));
    const result = await planspor(["import", file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("$.focusAreas[1].title");
    const list = await planspor(["list", "--format", "json"]);
    expect(JSON.parse(list.stdout).map((p: { key: string }) => p.key)).toEqual([KEY]);
    // The reference check runs only once the shape is right: fix the title, keep the bad strategy.
    plan.focusAreas[1].title = "Tittel";
    writeFileSync(file, JSON.stringify(plan));
    const second = await planspor(["import", file]);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain("$.focusAreas[0].measures[0].strategyNumbers[0]: Strategy 99 does not exist");
  });

  it("says clearly when a file is not JSON, or not there", async () => {
    const file = join(scratch, "plan.txt");
    writeFileSync(file, "Handlingsplan for strategisk næringsplan");
    const notJson = await planspor(["import", file]);
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toContain("not a plan file");
    const missing = await planspor(["import", join(scratch, "missing.json")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("ENOENT");
  });

  it("names an unknown plan key and an unsupported export format", async () => {
    const unknown = await planspor(["export", "--plan", "no-such-plan"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No plan has the key "no-such-plan"');
    const format = await planspor(["export", "--plan", KEY, "--format", "odt"]);
    expect(format.code).toBe(1);
    expect(format.stderr).toContain('Export format "odt" is not supported');
  });

  it("reads an edited spreadsheet into a plan with --plan, and places a bad file's problems by row and column", async () => {
    const csv = join(scratch, "measures.csv");
    expect((await planspor(["export", "--plan", KEY, "--format", "csv", "--out", csv])).code).toBe(0);
    const title = "Gjennomføre bedriftsbesøk for å identifisere utviklingsprosjekter";
    writeFileSync(csv, readFileSync(csv, "utf8").replace(title, "Bedriftsbesøk hos industrien"));
    const imported = await planspor(["import", csv, "--plan", KEY]);
    expect(imported.stderr).toBe("");
    expect(imported.stdout).toContain(`Imported ${csv} into ${KEY}`);
    expect(imported.stdout).toContain("measures: 0 new, 1 changed, 26 unchanged, 0 removed");

    const bad = join(scratch, "bad.csv");
    writeFileSync(bad, "Tittel;Strategi\nNoe;1\n");
    const refused = await planspor(["import", bad, "--plan", KEY]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("row 1, column Strategi: ");
  });
});

describe("planspor CLI with a database it cannot use", () => {
  it("names a data folder that cannot be written", async () => {
    const file = join(scratch, "a-file");
    writeFileSync(file, "");
    const result = await planspor(["list"], { PLANSPOR_DATA: join(file, "data") });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(join(file, "data"));
  });

  it("names a PostgreSQL server that does not answer, without its password", async () => {
    const result = await planspor(["list"], { DATABASE_URL: "postgres://planspor:hemmelig@127.0.0.1:1/planspor" });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("127.0.0.1:1");
    expect(result.stderr).not.toContain("hemmelig");
  });
});
