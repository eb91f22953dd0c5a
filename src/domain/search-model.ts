/**
 * What search answers, as zod schemas: for the API's validation and OpenAPI, with the types the
 * use case and the web take from here (`import type`), so the shape is written once.
 */
import { z } from "zod";
import { FocusAreaKind, Key, LevelNames } from "./plan-schema.js";

/** The kinds of things search finds. */
export const SEARCH_ENTITY_TYPES = [
  "area",
  "mainGoal",
  "subGoal",
  "strategy",
  "measure",
  "activity",
  "indicator",
] as const;
export type SearchEntityType = (typeof SEARCH_ENTITY_TYPES)[number];

export const TextSegments = z
  .array(z.object({ text: z.string(), isHit: z.boolean() }))
  .meta({ id: "TextSegments", description: "A text in pieces; `isHit` marks the words the query found." });
export type TextSegment = z.infer<typeof TextSegments>[number];

export const SearchHit = z
  .object({
    type: z.enum(SEARCH_ENTITY_TYPES),
    planKey: Key,
    planTitle: z.string(),
    areaKey: Key,
    areaKind: FocusAreaKind,
    measureKey: Key.nullable().meta({ description: "The measure of a measure, activity or indicator." }),
    activityKey: Key.nullable().meta({ description: "The activity of an activity, or of an activity's indicator." }),
    number: z.number().int().nullable().meta({ description: "A sub-goal's or strategy's number in its area." }),
    title: TextSegments,
    snippet: TextSegments.nullable().meta({ description: "The best part of the description; null without one." }),
    rank: z.number(),
  })
  .meta({ id: "SearchHit" });
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchPlan = z.object({ key: Key, title: z.string(), levelNames: LevelNames.nullable() });
export type SearchPlan = z.infer<typeof SearchPlan>;

export const SearchResponse = z
  .object({
    query: z.string(),
    total: z.number().int().meta({ description: "How many things match; `hits` holds the best `limit`." }),
    hits: z.array(SearchHit),
    plans: z.array(SearchPlan).meta({ description: "The plans of the hits, with their own names for their levels." }),
  })
  .meta({ id: "SearchResponse" });
export type SearchResponse = z.infer<typeof SearchResponse>;
