/**
 * The helpers the tables share: the CHECK builder, the enumerations as typed tuples, the common
 * columns, and the start columns with their checks.
 */
import { sql } from "drizzle-orm";
import { type AnyPgColumn, check, integer, text } from "drizzle-orm/pg-core";
import { Role } from "../../domain/access.js";
import {
  ActorKind,
  Assessment,
  FocusAreaKind,
  FundingKind,
  IndicatorKind,
  MeasureStatus,
  OrganizationKind,
  Recurrence,
  StartKind,
} from "../../domain/plan-schema.js";

/** `CHECK (column IN ('a', 'b'))` for a closed set of values. */
export function oneOf(name: string, column: AnyPgColumn, values: readonly string[]) {
  const list = sql.raw(values.map((v) => `'${v}'`).join(", "));
  return check(name, sql`${column} IN (${list})`);
}

export const id = () => integer("id").primaryKey().generatedAlwaysAsIdentity();
export const position = () => integer("position").notNull();

/** Drizzle wants a non-empty tuple for a typed text column; zod's `options` is an array. */
function nonEmpty<T extends string>(values: readonly T[]): [T, ...T[]] {
  const [first, ...rest] = values;
  if (first === undefined) throw new Error("An enumeration needs at least one value");
  return [first, ...rest];
}

// The enumerations come from the domain model, so the CHECK constraints follow it.
export const OrganizationKindValues = nonEmpty(OrganizationKind.options);
export const RoleValues = nonEmpty(Role.options);
export const ActorKindValues = nonEmpty(ActorKind.options);
export const FocusAreaKindValues = nonEmpty(FocusAreaKind.options);
export const IndicatorKindValues = nonEmpty(IndicatorKind.options);
export const RecurrenceValues = nonEmpty(Recurrence.options);
export const FundingKindValues = nonEmpty(FundingKind.options);
export const StartKindValues = nonEmpty(StartKind.options);
export const MeasureStatusValues = nonEmpty(MeasureStatus.options);
export const AssessmentValues = nonEmpty(Assessment.options);

/** Values that only the database knows: who a responsibility names, and what owns a key. */
export const RESPONSIBILITY_ROLES = ["responsible", "partner"] as const;
export const ITEM_KINDS = ["measure", "activity"] as const;

/** The start columns shared by measures and activities; all null when the plan gives no start. */
export const startColumns = () => ({
  startKind: text("start_kind", { enum: StartKindValues }),
  startYear: integer("start_year"),
  startHalf: integer("start_half").$type<1 | 2>(),
  startText: text("start_text"),
});

/** The rules of `Start` that SQL can state: kind and text come together, a half only for half-years. */
export function startChecks(
  table: string,
  t: { startKind: AnyPgColumn; startYear: AnyPgColumn; startHalf: AnyPgColumn; startText: AnyPgColumn },
) {
  return [
    oneOf(`${table}_start_kind_check`, t.startKind, StartKindValues),
    check(`${table}_start_text_check`, sql`(${t.startKind} IS NULL) = (${t.startText} IS NULL)`),
    check(
      `${table}_start_half_check`,
      sql`(${t.startHalf} IS NULL) = (${t.startKind} IS DISTINCT FROM 'half_year') AND (${t.startHalf} IS NULL OR ${t.startHalf} IN (1, 2))`,
    ),
  ];
}
