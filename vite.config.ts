import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The web UI: source in src/web, built into dist/web, which the server serves with an SPA fallback.
// Vitest reads this file too (its component tests live under the repo root): keep the root there when testing.
const isVitest = process.env.VITEST !== undefined;

export default defineConfig({
  root: isVitest ? undefined : fileURLToPath(new URL("./src/web", import.meta.url)),
  plugins: [react()],
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
      },
    },
  },
  server: {
    proxy: {
      "/api": "http://localhost:3000",
    },
  },
});
