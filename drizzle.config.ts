import { defineConfig } from "drizzle-kit";

// Migrations are generated from the schema and committed as SQL; both drivers apply the same files.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema/index.ts",
  out: "./src/db/migrations",
});
