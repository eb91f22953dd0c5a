// Writes docs/planspor-1.schema.json from the zod schemas: `npm run schema`.
import { writeFileSync } from "node:fs";
import { PLAN_JSON_SCHEMA_PATH, planJsonSchemaText } from "../src/domain/json-schema.js";

writeFileSync(PLAN_JSON_SCHEMA_PATH, planJsonSchemaText());
console.log(`Wrote ${PLAN_JSON_SCHEMA_PATH}`);
