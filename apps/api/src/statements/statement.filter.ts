import { Prisma, type PrismaClient } from "@accord/db";
import { AppError } from "../common/errors";
import { decodeId } from "../common/global-id";
import { uuidList } from "../common/uuid-list";
import { wordsCondition } from "../search/common-words";
import { knownTopicSubtreeSql, topicSubtreeSql } from "../topics/topic.sql";
import type { StatementFilter } from "./statement.input";

/** SQL conditions over `statement s` for a filter; the topic is looked up so an unknown one is an error. */
export async function statementConditions(
  prisma: PrismaClient,
  filter?: StatementFilter | null,
): Promise<Prisma.Sql[]> {
  const { where, topics } = await statementFilterParts(prisma, filter);
  return withTopics(where, topics);
}

/** The conditions with the topics' as one more (for counts, which read every match anyway). */
export function withTopics(where: Prisma.Sql[], topics?: Prisma.Sql): Prisma.Sql[] {
  if (!topics) return where;
  return [
    ...where,
    Prisma.sql`EXISTS (SELECT 1 FROM statement_topic st WHERE st.statement_id = s.id AND st.topic_id IN (${topics}))`,
  ];
}

/**
 * A filter as conditions over `statement s` and, apart, the SQL of its topics' ids (the topic and those
 * under it): a page walks those topics' statements from their index (statement.page.ts).
 */
export async function statementFilterParts(
  prisma: PrismaClient,
  filter?: StatementFilter | null,
  options: { topicInSql?: boolean } = {},
): Promise<{ where: Prisma.Sql[]; topics?: Prisma.Sql }> {
  if (!filter) return { where: [] };
  const sql: Prisma.Sql[] = [];
  if (filter.speaker) sql.push(Prisma.sql`s.speaker_id = ${decodeId(filter.speaker, "Actor", "filter.speaker")}::uuid`);
  if (filter.speakers) {
    const ids = filter.speakers.map((id, i) => decodeId(id, "Actor", `filter.speakers[${i}]`));
    sql.push(Prisma.sql`s.speaker_id = ANY(${uuidList(ids)})`);
  }
  if (filter.kind) sql.push(Prisma.sql`s.kind = ${filter.kind}::"StatementKind"`);
  if (filter.kinds) sql.push(Prisma.sql`s.kind = ANY(${filter.kinds}::"StatementKind"[])`);
  if (filter.engagement) {
    sql.push(Prisma.sql`s.engagement_id = ${decodeId(filter.engagement, "Engagement", "filter.engagement")}::uuid`);
  }
  if (filter.mention) {
    const actorId = decodeId(filter.mention, "Actor", "filter.mention");
    sql.push(
      Prisma.sql`EXISTS (SELECT 1 FROM statement_mention m WHERE m.statement_id = s.id AND m.actor_id = ${actorId}::uuid)`,
    );
  }
  if (filter.text != null) {
    const words = await wordsCondition(prisma, "statement", Prisma.sql`s`, filter.text);
    if (words) sql.push(words);
  }
  if (!filter.topic) return { where: sql };
  if (options.topicInSql)
    return {
      where: sql,
      topics: knownTopicSubtreeSql(decodeId(filter.topic, "Topic", "filter.topic"), "filter.topic"),
    };
  const path = await topicPath(prisma, filter.topic, "filter.topic");
  return { where: sql, topics: topicSubtreeSql(Prisma.sql`${path}::text`) };
}

async function topicPath(prisma: PrismaClient, globalId: string, field: string): Promise<string> {
  const id = decodeId(globalId, "Topic", field);
  const topic = await prisma.topic.findUnique({ where: { id }, select: { path: true } });
  if (!topic) throw new AppError("NOT_FOUND", `${field}: there is no topic with ID "${globalId}"`, { field });
  return topic.path;
}
