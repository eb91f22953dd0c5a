export * from "./format.js";
export * from "./measure-views.js";
export * from "./plan-schema.js";
export * from "./plan-summary.js";
export * from "./read-models.js";
export * from "./validate-plan.js";
