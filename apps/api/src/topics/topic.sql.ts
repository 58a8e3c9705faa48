import { Prisma, type PrismaClient } from "@accord/db";
import { AppError } from "../common/errors";
import { decodeId } from "../common/global-id";
import type { SqlSort, SqlTable } from "../common/keyset";
import { likeContaining } from "../common/like";
import { OrderDirection } from "../common/order-direction";
import { type TopicFilter, type TopicOrder, TopicOrderField } from "./topic.input";

export const topicTable: SqlTable = { table: Prisma.sql`topic`, alias: Prisma.sql`t` };

/** A topic named by its id or by its slug. */
export type TopicRef = { id: string } | { slug: string };

/** A topic's path read by the statement itself (SQL, one text value; null when no topic matches). */
export function topicPathSql(topic: TopicRef): Prisma.Sql {
  const where = "id" in topic ? Prisma.sql`tt.id = ${topic.id}::uuid` : Prisma.sql`tt.slug = ${topic.slug}`;
  return Prisma.sql`(SELECT tt.path FROM topic tt WHERE ${where})`;
}

/**
 * The ids of a topic and those under it, given its path (SQL, one text value), the one rule of a subtree:
 * the SQL is the same for every request, so the compiled path keeps it. No topic (a null path): no ids.
 */
export function topicSubtreeSql(path: Prisma.Sql): Prisma.Sql {
  // The path's LIKE wildcards (and the escape character) escaped, as likePrefix does.
  const escaped = Prisma.sql`replace(replace(replace(tq.path, '\\', '\\\\'), '%', '\\%'), '_', '\\_')`;
  return Prisma.sql`SELECT st.id FROM (SELECT ${path} AS path) tq
    JOIN topic st ON st.path = tq.path OR st.path LIKE ${escaped} || '/%'`;
}

/**
 * The ids of a topic and those under it, its path read by the statement itself (the SQL is the same for every
 * request, so the compiled path keeps and lanes it); an unknown topic leaves the request to the resolvers
 * (accord_leave_to_resolvers), which say NOT_FOUND. For the compiled filters that name a topic by id.
 */
export function knownTopicSubtreeSql(id: string, field: string): Prisma.Sql {
  return topicSubtreeSql(
    Prisma.sql`coalesce(${topicPathSql({ id })}, accord_leave_to_resolvers(${`${field}: no such topic`})::text)`,
  );
}

/**
 * SQL conditions over `topic t`. The resolvers look the `under` topic up so an unknown one is an error; the
 * compiled path (`underInSql`) reads it in its statement and leaves an unknown one to them.
 */
export async function topicConditions(
  prisma: PrismaClient,
  filter?: TopicFilter | null,
  options: { underInSql?: boolean } = {},
): Promise<Prisma.Sql[]> {
  if (!filter) return [];
  const sql: Prisma.Sql[] = [];
  if (filter.parent) sql.push(Prisma.sql`t.parent_id = ${decodeId(filter.parent, "Topic", "filter.parent")}::uuid`);
  if (filter.under) {
    const id = decodeId(filter.under, "Topic", "filter.under");
    if (options.underInSql) sql.push(Prisma.sql`t.id IN (${knownTopicSubtreeSql(id, "filter.under")})`);
    else {
      const topic = await prisma.topic.findUnique({ where: { id }, select: { path: true } });
      if (!topic) {
        throw new AppError("NOT_FOUND", `filter.under: no topic has ID "${filter.under}"`, { field: "filter.under" });
      }
      sql.push(Prisma.sql`t.id IN (${topicSubtreeSql(Prisma.sql`${topic.path}::text`)})`);
    }
  }
  if (filter.root != null)
    sql.push(filter.root ? Prisma.sql`t.parent_id IS NULL` : Prisma.sql`t.parent_id IS NOT NULL`);
  if (filter.slug != null) sql.push(Prisma.sql`t.slug = ${filter.slug}`);
  if (filter.text != null) sql.push(Prisma.sql`t.name ILIKE ${likeContaining(filter.text)}`);
  return sql;
}

/** Tree order (path) unless asked otherwise. */
export function topicSort(orderBy?: TopicOrder | null): SqlSort {
  return {
    expression: orderBy?.field === TopicOrderField.NAME ? Prisma.sql`t.name` : Prisma.sql`t.path`,
    direction: orderBy?.direction ?? OrderDirection.ASC,
  };
}
