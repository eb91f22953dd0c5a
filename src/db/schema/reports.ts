/** The follow-up: status reports on measures and activities, and the indicator values they report. */
import { sql } from "drizzle-orm";
import { boolean, check, doublePrecision, index, integer, pgTable, text, timestamp, unique } from "drizzle-orm/pg-core";
import { AssessmentValues, id, MeasureStatusValues, oneOf, position } from "./columns.js";
import { activities, indicators, measures } from "./measures.js";
import { actionPlanId } from "./plans.js";

export const statusReports = pgTable(
  "status_reports",
  {
    id: id(),
    actionPlanId: actionPlanId(),
    measureId: integer("measure_id")
      .notNull()
      .references(() => measures.id, { onDelete: "cascade" }),
    activityId: integer("activity_id").references(() => activities.id, { onDelete: "cascade" }),
    period: text("period").notNull(),
    status: text("status", { enum: MeasureStatusValues }).notNull(),
    assessment: text("assessment", { enum: AssessmentValues }),
    progressPercent: integer("progress_percent"),
    comment: text("comment"),
    /** The comment is for the organization only: removed from what the public reads. */
    commentInternal: boolean("comment_internal").notNull().default(false),
    /** The instant, for sorting and filtering by time. */
    reportedAt: timestamp("reported_at", { withTimezone: true, mode: "date" }).notNull(),
    /** The timestamp exactly as given (with its offset), which `timestamptz` does not keep. */
    reportedAtText: text("reported_at_text").notNull(),
    reportedBy: text("reported_by"),
    position: position(),
  },
  (t) => [
    index("status_reports_plan_idx").on(t.actionPlanId),
    // One report per measure (or activity) and period; a new report for the period replaces it.
    unique("status_reports_item_period_unique")
      .on(t.actionPlanId, t.measureId, t.activityId, t.period)
      .nullsNotDistinct(),
    index("status_reports_measure_idx").on(t.measureId),
    index("status_reports_activity_idx").on(t.activityId),
    check("status_reports_period_check", sql`${t.period} ~ '^[0-9]{4}(-T[1-3])?$'`),
    check("status_reports_progress_check", sql`${t.progressPercent} IS NULL OR ${t.progressPercent} BETWEEN 0 AND 100`),
    oneOf("status_reports_status_check", t.status, MeasureStatusValues),
    oneOf("status_reports_assessment_check", t.assessment, AssessmentValues),
  ],
);

/** One reported value; exactly one of the three value columns is set, by the value's JSON type. */
export const indicatorValues = pgTable(
  "indicator_values",
  {
    id: id(),
    actionPlanId: actionPlanId(),
    statusReportId: integer("status_report_id")
      .notNull()
      .references(() => statusReports.id, { onDelete: "cascade" }),
    indicatorId: integer("indicator_id")
      .notNull()
      .references(() => indicators.id, { onDelete: "cascade" }),
    valueNumber: doublePrecision("value_number"),
    valueBoolean: boolean("value_boolean"),
    valueText: text("value_text"),
    position: position(),
  },
  (t) => [
    index("indicator_values_plan_idx").on(t.actionPlanId),
    index("indicator_values_status_report_idx").on(t.statusReportId),
    index("indicator_values_indicator_idx").on(t.indicatorId),
    check(
      "indicator_values_one_value_check",
      sql`num_nonnulls(${t.valueNumber}, ${t.valueBoolean}, ${t.valueText}) = 1`,
    ),
  ],
);

export type StatusReportRow = typeof statusReports.$inferSelect;
export type IndicatorValueRow = typeof indicatorValues.$inferSelect;
