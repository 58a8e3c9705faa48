import { Prisma, type PrismaClient } from "@accord/db";
import { EngagementKind, EngagementStatus } from "../common/enums";
import { engagementConditions } from "../engagements/engagement.filter";
import type { EngagementFilter } from "../engagements/engagement.input";
import type { CountOrder } from "./count-group.type";
import { type Dimension, groupsSize, maxCountGroups, periodDimensions, runCounts } from "./counts.sql";
import { groupingWork } from "./counts-work";
import { type EngagementCount, EngagementCountGroupBy as G } from "./engagement-counts.type";
import { type CountsSource, countsSource } from "./engagement-tally.sql";

// A key over many actors or topics: bounded only by maxCountGroups.
const many = maxCountGroups;

/** Each group key of engagements (alias `e`); multi-valued keys join one row per value, null when none. */
export const engagementDimensions: Record<G, Dimension> = {
  ...periodDimensions("e.start_date", "e.start_precision"),
  [G.KIND]: { columns: [{ sql: "e.kind", as: "text", column: "kind" }], groups: Object.keys(EngagementKind).length },
  [G.STATUS]: {
    columns: [{ sql: "e.status", as: "text", column: "status" }],
    groups: Object.keys(EngagementStatus).length,
  },
  [G.COUNTRY]: { columns: [{ sql: "e.country_id", as: "text", column: "countryId" }], groups: many },
  [G.TOPIC]: {
    columns: [{ sql: "tg.topic_id", as: "text", column: "topicId" }],
    join: "LEFT JOIN engagement_topic tg ON tg.engagement_id = e.id",
    groups: many,
    rowsEach: 2,
  },
  // (engagement, actor) is unique in participant: one row per participant actor.
  [G.PARTICIPANT]: {
    columns: [{ sql: "pg.actor_id", as: "text", column: "participantId" }],
    join: "LEFT JOIN participant pg ON pg.engagement_id = e.id",
    groups: many,
    rowsEach: 6,
  },
  [G.REPRESENTED]: {
    columns: [{ sql: "rg.represents_id", as: "text", column: "representedId" }],
    join: `LEFT JOIN LATERAL (SELECT DISTINCT p.represents_id FROM participant p
      WHERE p.engagement_id = e.id AND p.represents_id IS NOT NULL) rg ON TRUE`,
    groups: many,
    rowsEach: 5,
  },
};

const engagementRows: CountsSource = { from: "engagement e", dimensions: engagementDimensions };

/** The answer's size and price: the most groups its keys can make (the cost model reads it through @ListSize). */
export const engagementCountsSize = groupsSize(engagementDimensions);

/** What it reads beyond its groups: the summary's rows, or every matching engagement. */
export const engagementCountsWork = groupingWork(
  engagementDimensions,
  (filter: EngagementFilter | null | undefined, groupBy: G[]) => countsSource(engagementRows, filter, groupBy),
);

export type CountEngagementsOptions = {
  prisma: PrismaClient;
  filter?: EngagementFilter | null;
  groupBy: G[];
  order: CountOrder;
  /** At most this many groups, the first in `order`. */
  first?: number | null;
};

/** The counts request of engagementCounts' arguments: the summary table that holds the answer, or the engagements. */
export async function engagementCountsRequest({ prisma, filter, groupBy, order, first }: CountEngagementsOptions) {
  const { where, ...source } = countsSource(engagementRows, filter, groupBy);
  const conditions = await engagementConditions(prisma, filter);
  return { ...source, groupBy, conditions: where ? [Prisma.raw(where), ...conditions] : conditions, order, first };
}

/** Engagements matching a filter (the same filter as `engagements`), counted per group in one statement. */
export async function countEngagements(options: CountEngagementsOptions) {
  return runCounts<G, EngagementCount>(options.prisma, await engagementCountsRequest(options), (row) => ({
    kind: (row.kind as EngagementCount["kind"] | undefined) ?? null,
    status: (row.status as EngagementCount["status"] | undefined) ?? null,
    countryId: (row.countryId as string | undefined) ?? null,
    topicId: (row.topicId as string | undefined) ?? null,
    participantId: (row.participantId as string | undefined) ?? null,
    representedId: (row.representedId as string | undefined) ?? null,
  }));
}
