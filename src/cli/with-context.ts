import { type AppContext, createAppContext } from "../app/context.js";
import { openDatabase } from "../db/connection.js";
import { databaseSettings } from "./env.js";

/** Runs a command against the configured database and closes it afterwards. */
export async function withContext<T>(run: (ctx: AppContext) => Promise<T>): Promise<T> {
  const { dataDir, databaseUrl } = databaseSettings();
  const database = await openDatabase({ dataDir, databaseUrl });
  try {
    return await run(createAppContext(database));
  } finally {
    await database.close();
  }
}
