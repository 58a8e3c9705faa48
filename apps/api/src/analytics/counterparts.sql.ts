import { Prisma } from "@accord/db";

export type PairsOptions = {
  actorId: string;
  representingId: string | null;
  /** Conditions over the engagement `e` (engagementConditions). */
  conditions: Prisma.Sql[];
};

/**
 * `pairs(engagement_id, counterpart_id)`, one row per engagement and actor met there, as CTEs. The actor's
 * own side is its participant rows (as itself or represented by someone); every other row brings its
 * actor and the actor it represents (so a foreign minister's meeting counts for their state, and two
 * states' dyad counts their representatives' meetings). Actors of the own side are never counterparts:
 * a Secretary does not meet the state they represent.
 */
export function pairsSql({ actorId, representingId, conditions }: PairsOptions): Prisma.Sql {
  const asItself = representingId
    ? Prisma.sql`p.actor_id = ${actorId}::uuid AND p.represents_id = ${representingId}::uuid`
    : Prisma.sql`p.actor_id = ${actorId}::uuid`;
  // Represented by others counts only when no particular representation is asked for.
  const represented = representingId ? Prisma.sql`FALSE` : Prisma.sql`p.represents_id = ${actorId}::uuid`;
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  return Prisma.sql`own AS MATERIALIZED (
      SELECT p.id, p.engagement_id, p.actor_id, p.represents_id FROM participant p WHERE ${asItself}
      UNION SELECT p.id, p.engagement_id, p.actor_id, p.represents_id FROM participant p WHERE ${represented}),
    met AS (SELECT DISTINCT o.engagement_id FROM own o JOIN engagement e ON e.id = o.engagement_id ${where}),
    pairs AS (
      SELECT DISTINCT m.engagement_id, c.id AS counterpart_id
      FROM met m JOIN participant q ON q.engagement_id = m.engagement_id
      CROSS JOIN LATERAL (VALUES (q.actor_id), (q.represents_id)) c(id)
      WHERE c.id IS NOT NULL AND c.id <> ${actorId}::uuid
        AND NOT EXISTS (SELECT FROM own w WHERE w.engagement_id = q.engagement_id
          AND (w.id = q.id OR c.id = w.actor_id OR c.id = w.represents_id)))`;
}
