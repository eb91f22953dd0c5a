import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Browser tests: the real server (built UI + API) and a real Chromium. Needs `npx vite build` first.
export default defineConfig({
  test: {
    name: "e2e",
    root: fileURLToPath(new URL("..", import.meta.url)),
    include: ["e2e/**/*.e2e.ts"],
    environment: "node",
    globalSetup: ["e2e/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
