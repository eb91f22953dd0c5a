/**
 * How Debian's Chromium is launched headless here (the browser tests and bench/web.ts): without
 * the background networking a closed network refuses, with a fresh profile per launch.
 */
import type { LaunchOptions } from "playwright-core";

export const CHROMIUM_LAUNCH: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};
