import type { ConnectionArgs } from "../common/connection.type";
import { OrderDirection } from "../common/order-direction";
import type { SeekPage, WindowListSpec } from "../common/window-connection";
import type { EngagementPageArgs } from "./engagement.input";
import { EngagementOrderField, engagementOrderList } from "./engagement-order";

const byArgs = (args: ConnectionArgs) => engagementOrderList((args as EngagementPageArgs).orderBy);

/**
 * The ids of the first `limit` engagements of one actor (those it takes part in directly or through a
 * participant representing it) by start date then id, newest first for "DESC": the same engagements, in
 * the same order, as `actorEngagementsSpec` under START_DATE order.
 *
 * `actorIdSqlExpression` is a trusted SQL expression of the actor's id, correlated or not (`t3.id`,
 * `$1::uuid`); `after`, when given, a SQL expression of an engagement id: only engagements strictly after
 * it in this order are returned, and none when it is not one of the actor's engagements (as a cursor
 * from another list gives an empty page in the window spec). The text selects `id` (uuid) and `rn`
 * (bigint, 1, 2, … in this order) and is ordered by `rn`; used as a LATERAL subquery, order by `rn` outside.
 *
 * Each branch reads at most `limit` rows from an index on participant (actor_id | represents_id,
 * engagement_start_date DESC, engagement_id DESC) — backwards for "ASC" — so the cost follows the page,
 * not the actor's whole history; the union of the two branches' first rows holds the first rows of the
 * union. `where`, when given, keeps only the engagements it holds for (a condition on the SQL of an engagement id,
 * checked while reading the index, so the page still stops at `limit`). The represents branch is DISTINCT: several participants may represent the same actor. Its own
 * aliases start with `tl_`, so a correlated expression must not name those.
 */
export function actorEngagementIdsSql(
  actorIdSqlExpression: string,
  limit: number,
  direction: "DESC" | "ASC",
  after?: string,
  where?: (engagementIdSql: string, startDateSql: string) => string,
): string {
  const { order, union, member } = timelineParts(actorIdSqlExpression, limit, direction, after, where, "UNION");
  return `SELECT tl_u.engagement_id AS id, row_number() OVER (ORDER BY ${order("tl_u")}) AS rn
    FROM (${union}) tl_u${member}
    ORDER BY ${order("tl_u")} LIMIT ${limit}`;
}

/**
 * The same page as actorEngagementIdsSql, as the engagements' whole rows (alias-free `*`) in its order,
 * unnumbered: the branches merged in index order and their duplicates dropped as they pass (Merge Append,
 * Unique), each row then read by primary key. Numbering the union cost a hash, two sorts and a window
 * per actor, and reading each node in a subplan of its own one more subplan per edge. Only for a reader
 * that keeps the rows' order as they come (a LATERAL nested loop, an aggregate over the subquery).
 */
export function actorEngagementRowsSql(
  actorIdSqlExpression: string,
  limit: number,
  direction: "DESC" | "ASC",
  after?: string,
): string {
  const { order, union, member } = timelineParts(actorIdSqlExpression, limit, direction, after, undefined, "UNION ALL");
  const page = `SELECT DISTINCT ON (tl_u.engagement_start_date, tl_u.engagement_id) tl_u.engagement_id
    FROM (${union}) tl_u${member}
    ORDER BY ${order("tl_u")} LIMIT ${limit}`;
  return `SELECT tl_e.* FROM (${page}) tl
    CROSS JOIN LATERAL (SELECT * FROM engagement tl_e0 WHERE tl_e0.id = tl.engagement_id OFFSET 0) tl_e`;
}

/** The two index branches of an actor's timeline page (see actorEngagementIdsSql), joined by `setOperation`. */
function timelineParts(
  actorIdSqlExpression: string,
  limit: number,
  direction: "DESC" | "ASC",
  after: string | undefined,
  where: ((engagementIdSql: string, startDateSql: string) => string) | undefined,
  setOperation: "UNION" | "UNION ALL",
) {
  if (!Number.isSafeInteger(limit) || limit < 0) throw new Error(`actorEngagementIdsSql: bad limit ${limit}`);
  if (direction !== "DESC" && direction !== "ASC") throw new Error(`actorEngagementIdsSql: bad direction`);
  const order = (alias: string) => `${alias}.engagement_start_date ${direction}, ${alias}.engagement_id ${direction}`;
  const seek = after
    ? ` AND (tl_p.engagement_start_date, tl_p.engagement_id) ${direction === "DESC" ? "<" : ">"}` +
      ` (SELECT tl_a.start_date, tl_a.id FROM engagement tl_a WHERE tl_a.id = (${after}))`
    : "";
  const also = where ? ` AND ${where("tl_p.engagement_id", "tl_p.engagement_start_date")}` : "";
  const branch = (select: string, own: string) =>
    `(SELECT ${select} FROM participant tl_p WHERE ${own}${also}${seek} ORDER BY ${order("tl_p")} LIMIT ${limit})`;
  const direct = branch("tl_p.engagement_id, tl_p.engagement_start_date", `tl_p.actor_id = (${actorIdSqlExpression})`);
  const represented = branch(
    "DISTINCT tl_p.engagement_id, tl_p.engagement_start_date",
    `tl_p.represents_id = (${actorIdSqlExpression}) AND tl_p.represents_id IS NOT NULL`,
  );
  const member = after
    ? `\n    WHERE EXISTS (SELECT 1 FROM participant tl_m WHERE tl_m.engagement_id = (${after})` +
      ` AND (tl_m.actor_id = (${actorIdSqlExpression}) OR tl_m.represents_id = (${actorIdSqlExpression})))`
    : "";
  return { order, union: `${direct}\n      ${setOperation} ${represented}`, member };
}

/** A condition on an engagement (SQL of its id and start date) and the actor whose list it is (SQL of the actor's id). */
export type ActorEngagementCondition = (engagementIdSql: string, actorIdSql: string, startDateSql: string) => string;

/** The index-driven page for START_DATE order (the default), in either direction; null for other orders. */
function actorEngagementsSeek(where?: ActorEngagementCondition) {
  return (args: ConnectionArgs): SeekPage | null => {
    const orderBy = (args as EngagementPageArgs).orderBy;
    if ((orderBy?.field ?? EngagementOrderField.START_DATE) !== EngagementOrderField.START_DATE) return null;
    const ascending = orderBy?.direction === OrderDirection.ASC;
    return (parent, limit, reverse, after) =>
      actorEngagementIdsSql(
        parent,
        limit,
        ascending !== reverse ? "ASC" : "DESC",
        after ?? undefined,
        where && ((engagement, startDate) => where(engagement, parent, startDate)),
      );
  };
}

/**
 * An actor's engagements: those it takes part in directly or through a participant representing it
 * (UNION, so an actor in both ways counts the engagement once); with `where`, only those it holds for.
 */
export function actorEngagementsSpecWhere(where?: ActorEngagementCondition): WindowListSpec {
  const also = where ? ` AND ${where("e0.id", "ep.actor_id", "e0.start_date")}` : "";
  return {
    // The engagement is fetched per participation (LATERAL … OFFSET 0 keeps it a primary-key lookup): joined
    // plainly, the planner expects thousands of rows from `represents_id` and hashes the whole engagement table.
    from: `(SELECT p.engagement_id, p.actor_id FROM participant p
    UNION SELECT p.engagement_id, p.represents_id FROM participant p WHERE p.represents_id IS NOT NULL) ep
    CROSS JOIN LATERAL (SELECT * FROM engagement e0 WHERE e0.id = ep.engagement_id${also} OFFSET 0) e`,
    id: "e.id",
    parent: "ep.actor_id",
    order: byArgs,
    // By start date, pages come from participant's timeline indexes instead of ranking every participation
    // (a state has thousands).
    seek: actorEngagementsSeek(where),
  };
}

export const actorEngagementsSpec: WindowListSpec = actorEngagementsSpecWhere();

/** Engagements held on the sidelines of another. */
export const sideEngagementsSpec: WindowListSpec = {
  from: "engagement e",
  id: "e.id",
  parent: "e.parent_id",
  order: byArgs,
};
