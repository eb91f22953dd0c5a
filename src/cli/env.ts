/** The settings every command shares, from the environment (as `npm start` reads them). */
import { resolve } from "node:path";

export type DatabaseSettings = { dataDir: string; databaseUrl: string | undefined };

export function databaseSettings(env: NodeJS.ProcessEnv = process.env): DatabaseSettings {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  return { dataDir: resolve(env.PLANSPOR_DATA?.trim() || "./data"), databaseUrl };
}

/** The port from `PORT`, or 3000; a bad value is an error rather than a silent default. */
export function portSetting(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new CliError(`PORT must be a whole number from 0 to 65535, not "${value}"`);
  }
  return port;
}

/** An error to print as it is, with a non-zero exit. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = "CliError";
  }
}
