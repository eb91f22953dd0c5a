/**
 * Where the benchmarks put their numbers: each owns one section of bench/README.md, between
 * `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`, and replaces it on every run (appended at the
 * end the first time). The machine a run was made on is part of every section.
 */
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";

const README = fileURLToPath(new URL("../README.md", import.meta.url));

/** «2026-11-28, AMD EPYC 7B13 (2 cores), 24 GiB, Linux 6.1, Node v20.20.2, load 0.4 at the start». */
export function machineLine(): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? "unknown CPU";
  const gib = Math.round(os.totalmem() / 1024 ** 3);
  const load = os.loadavg()[0]?.toFixed(1) ?? "?";
  const day = new Date().toISOString().slice(0, 10);
  return `${day}, ${model} (${cpus.length} cores), ${gib} GiB, ${os.type()} ${os.release()}, Node ${process.version}, load ${load} at the start`;
}

/** Replaces (or appends) the section `name` of bench/README.md with `markdown`. */
export function writeSection(name: string, markdown: string): void {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const text = readFileSync(README, "utf8");
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const next =
    from >= 0 && to > from
      ? text.slice(0, from) + block + text.slice(to + end.length)
      : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(README, next);
}

/** A markdown table from a header row and rows of cells. */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
