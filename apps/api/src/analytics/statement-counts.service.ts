import { Prisma, type PrismaClient } from "@accord/db";
import { StatementKind } from "../common/enums";
import { statementConditions } from "../statements/statement.filter";
import type { StatementFilter } from "../statements/statement.input";
import type { CountOrder } from "./count-group.type";
import { type Dimension, groupsSize, type Measures, maxCountGroups, periodDimensions, runCounts } from "./counts.sql";
import { groupingWork } from "./counts-work";
import { statementCountsSource } from "./engagement-tally.sql";
import { StatementCountGroupBy as G, type StatementCount } from "./statement-counts.type";

/** Each group key of statements (alias `s`, their engagement `e`); a statement's topics one row each, null when none. */
export const statementDimensions: Record<G, Dimension> = {
  ...periodDimensions("e.start_date", "e.start_precision"),
  [G.SPEAKER]: { columns: [{ sql: "s.speaker_id", as: "text", column: "speakerId" }], groups: maxCountGroups },
  [G.KIND]: { columns: [{ sql: "s.kind", as: "text", column: "kind" }], groups: Object.keys(StatementKind).length },
  [G.TOPIC]: {
    columns: [{ sql: "tg.topic_id", as: "text", column: "topicId" }],
    join: "LEFT JOIN statement_topic tg ON tg.statement_id = s.id",
    groups: maxCountGroups,
    rowsEach: 1,
  },
};

/** The answer's size and price, as engagementCounts'. */
export const statementCountsSize = groupsSize(statementDimensions);

/** What it reads beyond its groups, as engagementCounts' (the summary chosen does not depend on the join). */
export const statementCountsWork = groupingWork(
  statementDimensions,
  (filter: StatementFilter | null | undefined, groupBy: G[]) =>
    statementCountsSource({ from: "statement s", dimensions: statementDimensions }, filter, groupBy),
);

export type CountStatementsOptions = {
  prisma: PrismaClient;
  filter?: StatementFilter | null;
  groupBy: G[];
  order: CountOrder;
  /** At most this many groups, the first in `order`. */
  first?: number | null;
  /** Whether first and last dates are asked for (they come from the engagement); true unless said otherwise. */
  dated?: boolean;
};

const periods: G[] = [G.YEAR, G.QUARTER, G.MONTH];

/** Counts alone, without the engagement's dates: the statements' own rows (no first or last date). */
const undatedMeasures: Measures = { count: "count(*)", first: "NULL::int", last: "NULL::int" };

/**
 * The counts request of statementCounts' arguments: the summary table that holds the answer (statement_tally
 * and its kin: periods, kind, speaker or topic under kind filters), or the statements. The engagement is
 * joined only for periods and for first and last dates: without them (a count by kind or speaker) the
 * statements' rows alone answer.
 */
export async function statementCountsRequest({
  prisma,
  filter,
  groupBy,
  order,
  first,
  dated = true,
}: CountStatementsOptions) {
  const joined = dated || groupBy.some((key) => periods.includes(key));
  const rows = {
    from: joined ? "statement s JOIN engagement e ON e.id = s.engagement_id" : "statement s",
    ...(joined ? {} : { measures: undatedMeasures }),
    dimensions: statementDimensions,
  };
  const { where, ...source } = statementCountsSource(rows, filter, groupBy);
  const conditions = await statementConditions(prisma, filter);
  return { ...source, groupBy, conditions: where ? [Prisma.raw(where), ...conditions] : conditions, order, first };
}

/** Statements matching a filter (the same filter as `statements`), counted per group in one statement. */
export async function countStatements(options: CountStatementsOptions) {
  return runCounts<G, StatementCount>(options.prisma, await statementCountsRequest(options), (row) => ({
    kind: (row.kind as StatementCount["kind"] | undefined) ?? null,
    speakerId: (row.speakerId as string | undefined) ?? null,
    topicId: (row.topicId as string | undefined) ?? null,
  }));
}
