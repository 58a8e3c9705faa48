import { Prisma } from "@accord/db";
import { dateKeySql } from "./counts.sql";

export type PairsOptions = {
  actorId: string;
  representingId: string | null;
  /** Conditions over the engagement `e` (engagementConditions). */
  conditions: Prisma.Sql[];
};

/**
 * Whether participant row `alias` is one of the actor's own: as itself (representing the given actor,
 * if any), or represented by someone (only when no particular representation is asked for).
 */
function ownConditions({ actorId, representingId }: PairsOptions, alias: string): [Prisma.Sql, Prisma.Sql] {
  const a = Prisma.raw(alias);
  return representingId
    ? [Prisma.sql`${a}.actor_id = ${actorId}::uuid AND ${a}.represents_id = ${representingId}::uuid`, Prisma.sql`FALSE`]
    : [Prisma.sql`${a}.actor_id = ${actorId}::uuid`, Prisma.sql`${a}.represents_id = ${actorId}::uuid`];
}

// Each condition read from its own index (actor_id, represents_id), not one OR over both.
function ownRowsSql(options: PairsOptions, columns: string): Prisma.Sql {
  const [asItself, represented] = ownConditions(options, "p");
  const select = Prisma.raw(columns);
  return Prisma.sql`SELECT ${select} FROM participant p WHERE ${asItself} UNION SELECT ${select} FROM participant p WHERE ${represented}`;
}

/** The actor's engagements that match the conditions: `engagement_id` and `key`, the start date's dateKeySql. */
function metSql(options: PairsOptions): Prisma.Sql {
  const where = options.conditions.length
    ? Prisma.sql`WHERE ${Prisma.join(options.conditions, " AND ")}`
    : Prisma.empty;
  return Prisma.sql`SELECT DISTINCT o.engagement_id, ${Prisma.raw(dateKeySql("e.start_date", "e.start_precision"))} AS key
    FROM (${ownRowsSql(options, "p.engagement_id")}) o JOIN engagement e ON e.id = o.engagement_id ${where}`;
}

/**
 * `pairs(engagement_id, key, counterpart_id)`, one row per engagement (with its date key) and actor met there, as CTEs. The actor's
 * own side is its participant rows (as itself or represented by someone); every other row brings its
 * actor and the actor it represents (so a foreign minister's meeting counts for their state, and two
 * states' dyad counts their representatives' meetings). Actors of the own side are never counterparts:
 * a Secretary does not meet the state they represent. NOT IN against the own side is one hashed lookup
 * a row (a correlated NOT EXISTS over the CTE took seconds for one state's engagements).
 */
export function pairsSql(options: PairsOptions): Prisma.Sql {
  return Prisma.sql`own AS MATERIALIZED (${ownRowsSql(options, "p.id, p.engagement_id, p.actor_id, p.represents_id")}),
    side AS (SELECT o.engagement_id, s.id FROM own o CROSS JOIN LATERAL (VALUES (o.actor_id), (o.represents_id)) s(id)
      WHERE s.id IS NOT NULL),
    met AS MATERIALIZED (${metSql(options)}),
    pairs AS (
      SELECT DISTINCT m.engagement_id, m.key, c.id AS counterpart_id
      FROM met m
      -- OFFSET 0: each engagement's participants from the index, not a scan of every participant hashed.
      CROSS JOIN LATERAL (SELECT q.id, q.actor_id, q.represents_id FROM participant q
        WHERE q.engagement_id = m.engagement_id OFFSET 0) q
      CROSS JOIN LATERAL (VALUES (q.actor_id), (q.represents_id)) c(id)
      WHERE c.id IS NOT NULL AND q.id NOT IN (SELECT id FROM own)
        AND (m.engagement_id, c.id) NOT IN (SELECT engagement_id, id FROM side))`;
}

/**
 * The engagements counted for one counterpart (the SQL of its uuid), as a condition on `e.id`: the same rule
 * as pairsSql, read from the counterpart's own participations (indexed) instead of every pair of the actor.
 */
export function sharedEngagementsSql(options: PairsOptions, counterpartId: Prisma.Sql): Prisma.Sql {
  // A null represents_id makes the comparison null, not false: NOT must see false.
  const own = (alias: string) => Prisma.sql`coalesce(${Prisma.join(ownConditions(options, alias), " OR ")}, FALSE)`;
  return Prisma.sql`e.id IN (
    SELECT q.engagement_id FROM (
      SELECT * FROM participant WHERE actor_id = ${counterpartId}
      UNION SELECT * FROM participant WHERE represents_id = ${counterpartId}) q
    WHERE q.engagement_id IN (SELECT engagement_id FROM (${metSql(options)}) m) AND NOT ${own("q")}
      AND NOT EXISTS (SELECT FROM participant w WHERE w.engagement_id = q.engagement_id AND ${own("w")}
        AND (w.actor_id = ${counterpartId} OR w.represents_id = ${counterpartId})))`;
}
