import { pingDatabase } from "../db/connection.js";
import type { AppContext } from "./context.js";
import { AppError } from "./errors.js";

/** The server is healthy when its database answers a query. */
export async function checkHealth(ctx: AppContext): Promise<{ status: "ok"; database: "pglite" | "postgres" }> {
  try {
    await pingDatabase(ctx.database);
  } catch (error) {
    throw new AppError("unavailable", `The database does not answer: ${(error as Error).message}`);
  }
  return { status: "ok", database: ctx.database.kind };
}
