import type { GraphQLField } from "graphql";
import { Extensions } from "type-graphql";
import { maxTotalGroups } from "./list-size";

/**
 * Work a field does beyond the nodes it returns, priced in nodes: a count or a ranking reads every
 * match, however few items come back. The cost model (limits/cost.ts) adds it each time the field is
 * resolved, so aliases and lists multiply it like any node.
 */
export type Work = {
  nodes: number;
  /** What the work is, told to a caller refused for cost ("counts every match"). */
  why: string;
  /** Its work inside a list's item (a count of one parent's rows). */
  nested?: number;
  /** Its work given the field's arguments, when they are known (at most `nodes`, the price otherwise). */
  byArgs?: (args: Record<string, unknown>) => number;
};

const extensionName = "work";

/** Declares a field's work, the one place the cost model reads it from. */
export const Work = (work: Work) => Extensions({ [extensionName]: work });

// Weights measured on the benchmark's 100,000 engagements against the time of node lists (docs/limits.md).

/**
 * Counting every match of a connection's filter (`totalCount`): at worst a scan of the whole table at the
 * root, an index range of one parent's rows below it (a counterpart's or an actor's engagements).
 */
export const countWork: Work = { nodes: 5_000, nested: 500, why: "counts every match" };

/** Ranking every match of a search (`search` with more than one word, or a word too common for its postings' page). */
export const searchWork: Work = { nodes: 25_000, why: "ranks every match of the words" };

/** Counting every match of a search (`SearchConnection.totalCount`): every match of every table, ranked or not. */
export const searchCountWork: Work = { nodes: 50_000, why: "counts every match of the words" };

/** Grouping every matching row (engagementCounts, statementCounts, commitmentTotals, counterparts): 2–4 s at worst. */
export const aggregateWork: Work = { nodes: 100_000, why: "groups every matching row" };

/**
 * Converting one group of commitmentTotals (`CommitmentTotal.converted`): the group's rows read again, a rate
 * looked up for each. The groups together hold every matching row once, so all of them read what the
 * aggregate read: its work spread over the most groups the cost model prices a grouping at (10,000).
 */
export const convertGroupWork: Work = {
  nodes: aggregateWork.nodes / maxTotalGroups,
  why: "converts every amount of its group, a rate looked up for each",
};

/** The work a field declares, if any. */
export function declaredWork(field: GraphQLField<unknown, unknown>): Work | undefined {
  return field.extensions?.[extensionName] as Work | undefined;
}

/**
 * The nodes' worth of work a field declares (0 when it does none beyond its nodes), at the top or nested;
 * with its arguments, what they make it do (byArgs), never more than its price without them.
 */
export function workOf(field: GraphQLField<unknown, unknown>, top = true, args?: Record<string, unknown>): number {
  const work = declaredWork(field);
  if (!work) return 0;
  const most = top ? work.nodes : (work.nested ?? work.nodes);
  return args && work.byArgs ? Math.min(work.byArgs(args), most) : most;
}
