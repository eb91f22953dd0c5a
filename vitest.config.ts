import { availableParallelism } from "node:os";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// Unit and API tests (Node) and component tests (jsdom). Browser tests live in e2e/ with their own config.
export default defineConfig({
  test: {
    // One worker per core. Vitest's default keeps a core for itself (one worker on a 2-core machine), but the
    // tests' time goes to the workers: on 2 cores two workers took the suite from 377 s to 219 s on PGlite.
    maxWorkers: Math.max(availableParallelism(), 2),
    projects: [
      {
        test: {
          name: "node",
          environment: "node",
          include: ["src/**/*.test.ts", "scripts/**/*.test.ts", "bench/**/*.test.ts"],
          exclude: ["src/web/**"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: "web",
          environment: "jsdom",
          include: ["src/web/**/*.test.{ts,tsx}"],
          setupFiles: ["src/web/test-setup.ts"],
        },
      },
    ],
  },
});
