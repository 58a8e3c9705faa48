import { Prisma } from "@accord/db";

export type StatementPageQuery = {
  where: Prisma.Sql[];
  /** Engagements newest first (desc) or oldest first (asc); within one, always the source's order. */
  direction: "asc" | "desc";
  size: number;
  backward: boolean;
  cursor?: string;
};

const from = Prisma.sql`statement s JOIN engagement e ON e.id = s.engagement_id`;

function all(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}

/**
 * One keyset page of statement ids (size + 1, to tell whether more follow), ordered by the engagement's
 * date and id, then position and id: the walk follows engagement(start_date, id) and
 * statement(engagement_id, position), so a page costs the same on page 1 and page 1000.
 */
export function statementPageSql(query: StatementPageQuery): Prisma.Sql {
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
    WHERE ${all(conditions)}
    ORDER BY e.start_date ${engOrder}, e.id ${engOrder}, s.position ${posOrder}, s.id ${posOrder}
    LIMIT ${query.size + 1}`;
}

export function statementCountSql(where: Prisma.Sql[]): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS n FROM statement s WHERE ${all(where)}`;
}
