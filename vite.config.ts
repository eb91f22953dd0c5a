import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

// The web UI: source in src/web, built into dist/web, which the server serves with an SPA fallback.
// Vitest reads this file too (its component tests live under the repo root): keep the root there when testing.
const isVitest = process.env.VITEST !== undefined;

const DS_WEB = "@digdir/designsystemet-web";
const DS_WEB_ESM = fileURLToPath(new URL("./node_modules/@digdir/designsystemet-web/dist/esm/", import.meta.url));
const DS_WEB_GLOBALS = `${DS_WEB_ESM}designsystemet-web-globals.js`; // made by the plugin below, not on disk

/**
 * Nynorsk and English load only when chosen (src/web/i18n/index.ts). Each file of i18n/parts holds all three
 * languages, and a module goes whole into one chunk, so in the build nn.ts and en.ts each import a copy of every part
 * of their own (`?lang=`); each copy, and the first page's original, keeps only its own language's words.
 */
function wordsPerLanguage(): Plugin {
  return {
    name: "planspor:words-per-language",
    apply: "build",
    enforce: "pre",
    async resolveId(source, importer) {
      const language = importer && /[\\/]src[\\/]web[\\/]i18n[\\/](nn|en)\.ts$/.exec(importer)?.[1];
      if (!language || !source.startsWith("./parts/")) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved && { ...resolved, id: `${resolved.id}?lang=${language}` };
    },
  };
}

/**
 * Designsystemet's React components all import the whole of `@digdir/designsystemet-web` (29 KB gzip: every custom
 * element and document-wide behaviour), so the first page, whose one such component is a Field, loaded all of it.
 * In the build, the components with a module of their own there (tooltip, popover, suggestion, tabs, pagination:
 * floating-ui and the combobox, none used yet) get that module, loaded with their page; every other import gets the
 * rest of the index: the document-wide behaviours (dialog, details, fieldset, invokers, focusgroup, readonly,
 * toggle-group, click delegation) and the field, breadcrumbs and error summary elements, as before.
 */
function designsystemetWebByComponent(): Plugin {
  const own: Record<string, string> = {
    tooltip: "tooltip/tooltip.js",
    popover: "popover/popover.js",
    suggestion: "suggestion/suggestion.js",
    tabs: "tabs/tabs.js",
    pagination: "pagination/pagination.js",
    "use-pagination": "pagination/pagination.js",
  };
  const globals = [
    "clickdelegatefor/clickdelegatefor.js",
    "details/details.js",
    "dialog/dialog.js",
    "fieldset/fieldset.js",
    "focusgroup/focusgroup.js",
    "invokers/invokers.js",
    "readonly/readonly.js",
    "toggle-group/toggle-group.js",
    "breadcrumbs/breadcrumbs.js",
    "error-summary/error-summary.js",
    "field/field.js",
  ];
  return {
    name: "planspor:designsystemet-web-by-component",
    apply: "build",
    enforce: "pre",
    resolveId(source, importer) {
      if (source !== DS_WEB || importer === undefined) return null;
      const folder = /designsystemet-react[\\/]dist[\\/]esm[\\/].*[\\/]([^\\/]+)[\\/][^\\/]+\.js$/.exec(importer)?.[1];
      const module = folder === undefined ? undefined : own[folder];
      return module === undefined ? DS_WEB_GLOBALS : DS_WEB_ESM + module;
    },
    load(id) {
      if (id !== DS_WEB_GLOBALS) return null;
      return globals.map((module) => `import ${JSON.stringify(DS_WEB_ESM + module)};`).join("\n");
    },
  };
}

export default defineConfig({
  root: isVitest ? undefined : fileURLToPath(new URL("./src/web", import.meta.url)),
  plugins: [react(), designsystemetWebByComponent(), wordsPerLanguage()],
  build: {
    outDir: fileURLToPath(new URL("./dist/web", import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    // Each page is its own chunk (React.lazy in routes.tsx); this keeps the first page small.
    chunkSizeWarningLimit: 400,
    rolldownOptions: {
      treeshake: {
        // Designsystemet's React package declares no `sideEffects`, so every component would be bundled
        // whether used or not. Its modules are pure apart from the web components (designsystemet-web)
        // and the CSS, which keep their side effects.
        moduleSideEffects: (id: string) => !/[\\/]@digdir[\\/]designsystemet-react[\\/]dist[\\/].*\.js$/.test(id),
        // Calls on zod's `z` build schemas and nothing else, so unused schemas drop out: `domain/access.ts` made the
        // first page carry all of zod (25 KB gzip) for a schema it does not use. A `z.config(…)` or a registry in
        // the web would have side effects that this drops: keep them out of the web, or out of this list.
        manualPureFunctions: ["z"],
      },
    },
  },
  server: {
    proxy: {
      "/api": "http://localhost:3000",
    },
  },
});
