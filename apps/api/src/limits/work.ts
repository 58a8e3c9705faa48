import type { GraphQLField } from "graphql";
import { Extensions } from "type-graphql";

/**
 * Work a field does beyond the nodes it returns, priced in nodes: a count or a ranking reads every
 * match, however few items come back. The cost model (limits/cost.ts) adds it each time the field is
 * resolved, so aliases and lists multiply it like any node.
 */
export type Work = { nodes: number; why: string };

const extensionName = "work";

/** Declares a field's work, the one place the cost model reads it from. */
export const Work = (work: Work) => Extensions({ [extensionName]: work });

// Weights measured on the benchmark's 100,000 engagements against the time of node lists (docs/limits.md).

/** Counting every match of a connection's filter (`totalCount`): at worst a scan of the whole table. */
export const countWork: Work = { nodes: 5_000, why: "counts every match" };

/** Ranking every match of a search (`search` with more than one word, or a word too common for its postings' page). */
export const searchWork: Work = { nodes: 25_000, why: "ranks every match of the words" };

/** Counting every match of a search (`SearchConnection.totalCount`): every match of every table, ranked or not. */
export const searchCountWork: Work = { nodes: 50_000, why: "counts every match of the words" };

/** The nodes' worth of work a field declares (0 when it does none beyond its nodes). */
export function workOf(field: GraphQLField<unknown, unknown>): number {
  return (field.extensions?.[extensionName] as Work | undefined)?.nodes ?? 0;
}
