import { Prisma, type PrismaClient } from "@accord/db";
import { toPrefixQuery } from "@accord/domain";
import { AppError } from "../common/errors";
import { decodeId } from "../common/global-id";
import { uuidList } from "../common/uuid-list";
import { type DateSpanSql, dateRangeSql } from "../dates/date-range.sql";
import { wordsCondition } from "../search/common-words";
import { findTopicSubtreeIds } from "../topics/topic.service";
import { type TopicRef, topicPathSql, topicSubtreeSql } from "../topics/topic.sql";
import type { EngagementFilter } from "./engagement.input";

/** Engagements an actor takes part in: as a participant, or represented by one (both indexed). */
export function takingPartSql(actorIds: string[]): Prisma.Sql {
  return Prisma.sql`SELECT p.engagement_id FROM participant p WHERE p.actor_id = ANY(${uuidList(actorIds)})
    UNION ALL SELECT p.engagement_id FROM participant p WHERE p.represents_id = ANY(${uuidList(actorIds)})`;
}

function actorIds(ids: string[], field: string): string[] {
  return ids.map((id, index) => decodeId(id, "Actor", `${field}[${index}]`));
}

function participantConditions(filter: EngagementFilter["participants"]): Prisma.Sql[] {
  const sets: Prisma.Sql[] = [];
  if (filter?.anyOf) {
    const ids = actorIds(filter.anyOf, "filter.participants.anyOf");
    if (!ids.length) return [Prisma.sql`FALSE`];
    sets.push(takingPartSql(ids));
  }
  for (const id of actorIds(filter?.allOf ?? [], "filter.participants.allOf")) sets.push(takingPartSql([id]));
  const [first, ...more] = sets;
  if (!first) return [];
  // Several actors together: their engagement ids are joined before any engagement is read. As one IN each,
  // every engagement of the first actor was probed (~3,000 for a state) to keep the few shared with the next.
  const joined = more.reduce(
    (sql, set, i) => Prisma.sql`${sql} JOIN (${set}) t${Prisma.raw(String(i + 1))} USING (engagement_id)`,
    Prisma.sql`(${first}) t0`,
  );
  return [more.length ? Prisma.sql`e.id IN (SELECT engagement_id FROM ${joined})` : Prisma.sql`e.id IN (${first})`];
}

// An engagement's days run from its start to span_end, which already covers a partial date's whole period.
const engagementSpan: DateSpanSql = {
  first: Prisma.sql`e.start_date`,
  last: Prisma.sql`e.span_end`,
  // engagement_span_idx (migration 20261206172000; with the filtered columns included, 20261206210000).
  range: Prisma.sql`daterange(e.start_date, e.span_end, '[]')`,
};

// Sub-topics are resolved first: an ID list gives the planner real estimates (a subquery's were far off).
// In SQL instead (topicInSql) the statement reads them itself, so a compiled read keeps its SQL (and answers
// repeats from the fast lane): looked up while compiling, every request was compiled and run through Apollo.
async function topicConditions(
  prisma: PrismaClient,
  filter: EngagementFilter,
  topicInSql: boolean,
): Promise<Prisma.Sql[]> {
  const { topic, topicSlug } = filter;
  if (!topic && topicSlug == null) return [];
  const ref: TopicRef = topic ? { id: decodeId(topic, "Topic", "filter.topic") } : { slug: topicSlug ?? "" };
  const engagementsOn = (ids: Prisma.Sql) =>
    Prisma.sql`e.id IN (SELECT et.engagement_id FROM engagement_topic et WHERE et.topic_id ${ids})`;
  if (topicInSql) return [engagementsOn(Prisma.sql`IN (${topicSubtreeSql(topicPathSql(ref))})`)];
  const topicIds = await findTopicSubtreeIds({ prisma, topic: ref });
  if (!topicIds.length) return [Prisma.sql`FALSE`];
  return [engagementsOn(Prisma.sql`= ANY(${uuidList(topicIds)})`)];
}

const noWords = (text: string, field: string) =>
  new AppError("BAD_USER_INPUT", `${field}: "${text}" has no words to search for`, { field });

export function textCondition(text: string, alias: Prisma.Sql, field: string): Prisma.Sql {
  const query = toPrefixQuery(text);
  if (!query) throw noWords(text, field);
  return Prisma.sql`${alias}.search_vector @@ to_tsquery('simple', ${query})`;
}

/**
 * Whether the filter finds its engagements out of any page's order, to be sorted after: a date range (the span's
 * GiST index), participants or a topic (engagement ids found in another table). Such a page reads the ids first
 * (describe.ts, `sortsCandidates`): the span index and engagement_filter_columns_idx hold every column the other
 * conditions read, so the candidates are filtered index-only; read whole, a generic plan ANDed the span's bitmap
 * with a kind's or a status's (10,000 rows) to reach the heap, or read every participation's row.
 */
export function engagementFilterSortsCandidates(filter?: EngagementFilter | null): boolean {
  if (!filter) return false;
  const participants = filter.participants;
  return Boolean(
    filter.date?.from ||
      filter.date?.to ||
      participants?.anyOf ||
      participants?.allOf?.length ||
      filter.topic ||
      filter.topicSlug != null,
  );
}

/** SQL conditions over alias `e` for an EngagementFilter; IDs are decoded here so errors name the field. */
export async function engagementConditions(
  prisma: PrismaClient,
  filter?: EngagementFilter | null,
  options: { topicInSql?: boolean } = {},
): Promise<Prisma.Sql[]> {
  if (!filter) return [];
  const conditions = [
    ...participantConditions(filter.participants),
    ...dateRangeSql(filter.date, engagementSpan, "filter.date"),
  ];
  if (filter.kind) conditions.push(Prisma.sql`e.kind = ANY(${filter.kind}::"EngagementKind"[])`);
  if (filter.status) conditions.push(Prisma.sql`e.status = ANY(${filter.status}::"EngagementStatus"[])`);
  if (filter.country) {
    conditions.push(Prisma.sql`e.country_id = ${decodeId(filter.country, "Actor", "filter.country")}::uuid`);
  }
  if (filter.parent) {
    conditions.push(Prisma.sql`e.parent_id = ${decodeId(filter.parent, "Engagement", "filter.parent")}::uuid`);
  }
  if (filter.hasSideEngagements != null) {
    const sides = Prisma.sql`EXISTS (SELECT FROM engagement side WHERE side.parent_id = e.id)`;
    conditions.push(filter.hasSideEngagements ? sides : Prisma.sql`NOT ${sides}`);
  }
  conditions.push(...(await topicConditions(prisma, filter, options.topicInSql ?? false)));
  if (filter.text != null) {
    const words = await wordsCondition(prisma, "engagement", Prisma.sql`e`, filter.text);
    if (!words) throw noWords(filter.text, "filter.text");
    conditions.push(words);
  }
  return conditions;
}
