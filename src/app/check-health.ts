import { pingDatabase } from "../db/connection.js";
import type { AppContext } from "./context.js";
import { AppError } from "./errors.js";

/** The server is healthy when its database answers a query. */
export async function checkHealth(ctx: AppContext): Promise<{ status: "ok"; database: "pglite" | "postgres" }> {
  try {
    await pingDatabase(ctx.database);
  } catch (error) {
    // The health check is public: the driver's message (a host, a port, a role) stays in the
    // server's log, carried as the cause, and out of the answer.
    throw Object.assign(new AppError("unavailable", "The database does not answer"), { cause: error });
  }
  return { status: "ok", database: ctx.database.kind };
}
