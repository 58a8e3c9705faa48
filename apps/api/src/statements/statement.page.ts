import { Prisma } from "@accord/db";
import { andAll } from "../common/keyset";

export type StatementPageQuery = {
  where: Prisma.Sql[];
  /** Only statements on these topics (SQL of their ids, a topic and those under it), walked from their index. */
  topics?: Prisma.Sql;
  /** Engagements newest first (desc) or oldest first (asc); within one, always the source's order. */
  direction: "asc" | "desc";
  size: number;
  backward: boolean;
  cursor?: string;
};

const from = Prisma.sql`statement s JOIN engagement e ON e.id = s.engagement_id`;

/**
 * One keyset page of statement ids (size + 1, to tell whether more follow), ordered by the engagement's
 * date and id, then position and id: the walk follows engagement(start_date, id) and
 * statement(engagement_id, position), so a page costs the same on page 1 and page 1000.
 */
export function statementPageSql(query: StatementPageQuery): Prisma.Sql {
  if (query.topics) return topicStatementPageSql({ ...query, topics: query.topics });
  const engagementDesc = (query.direction === "desc") !== query.backward;
  const engOrder = Prisma.raw(engagementDesc ? "DESC" : "ASC");
  const posOrder = Prisma.raw(query.backward ? "DESC" : "ASC");
  const conditions = [...query.where];
  if (query.cursor) {
    const engOp = Prisma.raw(engagementDesc ? "<" : ">");
    const engOpOrEqual = Prisma.raw(engagementDesc ? "<=" : ">=");
    const posOp = Prisma.raw(query.backward ? "<" : ">");
    // Scalar subqueries run once before the walk, so the cursor's values bound the index scans.
    const c = query.cursor;
    const date = Prisma.sql`(SELECT ce.start_date FROM statement cs JOIN engagement ce ON ce.id = cs.engagement_id WHERE cs.id = ${c}::uuid)`;
    const engagement = Prisma.sql`(SELECT cs.engagement_id FROM statement cs WHERE cs.id = ${c}::uuid)`;
    const position = Prisma.sql`(SELECT cs.position FROM statement cs WHERE cs.id = ${c}::uuid)`;
    // The first condition repeats the second loosely so it can bound the engagement index scan.
    conditions.push(
      Prisma.sql`(e.start_date, e.id) ${engOpOrEqual} (${date}, ${engagement})`,
      Prisma.sql`((e.start_date, e.id) ${engOp} (${date}, ${engagement})
        OR (e.id = ${engagement} AND (s.position, s.id) ${posOp} (${position}, ${c}::uuid)))`,
    );
  }
  return Prisma.sql`SELECT s.id::text AS id FROM ${from}
    WHERE ${andAll(conditions)}
    ORDER BY e.start_date ${engOrder}, e.id ${engOrder}, s.position ${posOrder}, s.id ${posOrder}
    LIMIT ${query.size + 1}`;
}

/** The cursor's sort key, as scalar subqueries that run once before the walk. */
function cursorKey(cursor: string) {
  return {
    date: Prisma.sql`(SELECT ce.start_date FROM statement cs JOIN engagement ce ON ce.id = cs.engagement_id WHERE cs.id = ${cursor}::uuid)`,
    engagement: Prisma.sql`(SELECT cs.engagement_id FROM statement cs WHERE cs.id = ${cursor}::uuid)`,
    position: Prisma.sql`(SELECT cs.position FROM statement cs WHERE cs.id = ${cursor}::uuid)`,
  };
}

/**
 * The same page for statements on some topics: each topic's statements walked in order from
 * statement_topic's copy of the sort key (statement_topic_engagement_order_idx), size + 1 of each,
 * then merged. A statement on two of the topics is kept once; the first size + 1 of the merge are the
 * page's, since each of them is among the first size + 1 of its own topic.
 */
function topicStatementPageSql(query: StatementPageQuery & { topics: Prisma.Sql }): Prisma.Sql {
  const engagementDesc = (query.direction === "desc") !== query.backward;
  const engOrder = Prisma.raw(engagementDesc ? "DESC" : "ASC");
  const posOrder = Prisma.raw(query.backward ? "DESC" : "ASC");
  const conditions = [Prisma.sql`st.topic_id = tp.id`, ...query.where];
  if (query.cursor) {
    const { date, engagement, position } = cursorKey(query.cursor);
    const engOp = Prisma.raw(engagementDesc ? "<" : ">");
    const engOpOrEqual = Prisma.raw(engagementDesc ? "<=" : ">=");
    const posOp = Prisma.raw(query.backward ? "<" : ">");
    conditions.push(
      Prisma.sql`(st.engagement_start_date, st.engagement_id) ${engOpOrEqual} (${date}, ${engagement})`,
      Prisma.sql`((st.engagement_start_date, st.engagement_id) ${engOp} (${date}, ${engagement})
        OR (st.engagement_id = ${engagement} AND (st.statement_position, st.statement_id) ${posOp} (${position}, ${query.cursor}::uuid)))`,
    );
  }
  const order = (t: string, id: string) =>
    Prisma.sql`${Prisma.raw(t)}.engagement_start_date ${engOrder}, ${Prisma.raw(t)}.engagement_id ${engOrder},
      ${Prisma.raw(t)}.statement_position ${posOrder}, ${Prisma.raw(id)} ${posOrder}`;
  const limit = query.size + 1;
  // The FK keeps every statement_topic row's statement: it is joined only for the filter's conditions on it.
  const statements = query.where.length > 0 ? Prisma.sql`JOIN statement s ON s.id = st.statement_id` : Prisma.empty;
  return Prisma.sql`SELECT w.id::text AS id FROM (
      SELECT DISTINCT b.statement_id AS id, b.engagement_start_date, b.engagement_id, b.statement_position
      FROM (${query.topics}) tp CROSS JOIN LATERAL (
        SELECT st.statement_id, st.engagement_start_date, st.engagement_id, st.statement_position
        FROM statement_topic st ${statements}
        WHERE ${andAll(conditions)} ORDER BY ${order("st", "st.statement_id")} LIMIT ${limit}) b) w
    ORDER BY ${order("w", "w.id")} LIMIT ${limit}`;
}

export function statementCountSql(where: Prisma.Sql[]): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS n FROM statement s WHERE ${andAll(where)}`;
}
