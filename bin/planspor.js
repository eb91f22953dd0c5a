#!/usr/bin/env node
// The `planspor` command. Runs the server bundle from dist/server when it is up to date with the
// sources, and the TypeScript sources through tsx otherwise. `serve --build-if-missing` (what
// `npm start` runs) makes the bundle first when it is missing or stale.
import { pathToFileURL } from "node:url";
import { BUNDLE_ENTRY, buildServerBundle, isBundleFresh } from "../scripts/server-bundle.js";

let useBundle = isBundleFresh();
if (!useBundle && process.argv.includes("--build-if-missing")) {
  await buildServerBundle();
  useBundle = true;
}
if (useBundle) {
  await import(pathToFileURL(BUNDLE_ENTRY).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/main.ts");
}
