/**
 * A new PGlite data folder costs an initdb of about 2.5 s. The build (`npm run build`) saves an
 * initialized, migrated database once; a new data folder starts as a copy of it (about 0.5 s), and
 * the migrations then bring it up to date as usual. The copy is an uncompressed tar (41 MB in dist/
 * rather than 4.7 MB gzipped): opening a new folder from it took 0.44–0.52 s against 0.63–0.90 s
 * from the gzipped one, which PGlite inflates in JavaScript.
 */
import { existsSync, readdirSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { projectPath } from "../project-paths.js";

/**
 * Named after the PGlite version, since a data folder only opens with the version that made it,
 * and after the number of migrations in it, so that a new migration makes the build make a new one.
 */
async function templatePath(): Promise<string> {
  const { version } = JSON.parse(
    await readFile(projectPath("node_modules", "@electric-sql", "pglite", "package.json"), "utf8"),
  );
  const journal: { entries: unknown[] } = JSON.parse(
    await readFile(projectPath("src", "db", "migrations", "meta", "_journal.json"), "utf8"),
  );
  return projectPath("dist", `pglite-template-${version}-m${journal.entries.length}.tar`);
}

export async function hasPgliteTemplate(): Promise<boolean> {
  return existsSync(await templatePath());
}

/** The template to start a new, empty data folder from, when one was built. */
export async function templateForNewFolder(dataDir: string): Promise<Blob | undefined> {
  const isNew = !existsSync(dataDir) || readdirSync(dataDir).every((name) => name.startsWith("."));
  if (!isNew) return undefined;
  const path = await templatePath();
  if (!existsSync(path)) return undefined;
  return new Blob([await readFile(path)]);
}

/** A fresh in-memory PGlite with every migration applied, dumped as a data folder archive. */
export async function dumpMigratedPglite(compression: "gzip" | "none", migrationsFolder: string): Promise<Blob> {
  const client = await PGlite.create();
  try {
    await migrate(drizzle({ client }), { migrationsFolder });
    return await client.dumpDataDir(compression);
  } finally {
    await client.close();
  }
}

/** Writes the template for new data folders into dist/. */
export async function writePgliteTemplate(migrationsFolder: string): Promise<string> {
  const dump = await dumpMigratedPglite("none", migrationsFolder);
  const path = await templatePath();
  await writeFile(path, Buffer.from(await dump.arrayBuffer()));
  // Templates of other PGlite versions, migrations or formats are never read again.
  const stale = readdirSync(dirname(path)).filter(
    (name) => name.startsWith("pglite-template-") && name !== basename(path),
  );
  await Promise.all(stale.map((name) => rm(join(dirname(path), name), { force: true })));
  return path;
}
