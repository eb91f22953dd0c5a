// `npm run dev`: the API on PORT (3000) restarting on change, and Vite's dev server with hot reload
// on 5173, which passes /api on to the API. Open http://localhost:5173.
import { spawn } from "node:child_process";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const bin = (name) => join(root, "node_modules", ".bin", name);
const children = [
  spawn(bin("tsx"), ["watch", "--clear-screen=false", "src/cli/main.ts", "serve"], { stdio: "inherit", cwd: root }),
  spawn(bin("vite"), [], { stdio: "inherit", cwd: root }),
];
const stop = () => {
  for (const child of children) child.kill("SIGTERM");
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const child of children) child.on("exit", (code) => code && code !== 0 && stop());
