import { Prisma } from "@accord/db";
import { DateMatch, type DateRangeInput } from "../dates/date-range.input";
import { dateKeySql } from "./counts.sql";

export type PairsOptions = {
  actorId: string;
  representingId: string | null;
  /** Conditions over the engagement `e` (engagementConditions). */
  conditions: Prisma.Sql[];
  /** The filter's date range, also in `conditions`: the own rows are read by start date from the timeline indexes. */
  date?: DateRangeInput | null;
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

const day = (date: Date) => Prisma.sql`${date.toISOString().slice(0, 10)}::date`;

/**
 * The start dates (participant.engagement_start_date, the engagement's, kept by triggers) an engagement
 * the date range keeps can have: from `from` (a start is never after its span's end) to `to`. Under
 * OVERLAPS an engagement starting before `from` whose span reaches it is kept too: `straddling` lists
 * those, from the span's GiST index. A superset only: `conditions` still decide.
 */
function startBounds(date: DateRangeInput | null | undefined): {
  bounds: Prisma.Sql[];
  straddling: Prisma.Sql | null;
} {
  const { from, to } = date ?? {};
  const bounds = [
    ...(from ? [Prisma.sql`p.engagement_start_date >= ${day(from)}`] : []),
    ...(to ? [Prisma.sql`p.engagement_start_date <= ${day(to)}`] : []),
  ];
  // The start compared as a difference, which no index answers: only the span's GiST index can be used,
  // whatever the statistics say (with stale ones the start date's btree read every engagement before `from`).
  const straddling =
    from && date?.match !== DateMatch.WITHIN
      ? Prisma.sql`SELECT b.id FROM engagement b
          WHERE daterange(b.start_date, b.span_end, '[]') @> ${day(from)} AND b.start_date - ${day(from)} < 0`
      : null;
  return { bounds, straddling };
}

/**
 * The actor's own participant rows (`columns` of `p`) in the engagements its date range can keep. Each
 * condition read from its own timeline index (actor_id or represents_id, start date), not one OR over both.
 */
function ownRowsSql(options: PairsOptions, columns: string): Prisma.Sql {
  const [asItself, represented] = ownConditions(options, "p");
  const select = Prisma.raw(columns);
  const { bounds, straddling } = startBounds(options.date);
  const where = (own: Prisma.Sql) => Prisma.join([own, ...bounds], " AND ");
  const rows = Prisma.sql`SELECT ${select} FROM participant p WHERE ${where(asItself)}
    UNION SELECT ${select} FROM participant p WHERE ${where(represented)}`;
  // OFFSET 0: each of the few straddling engagements' rows probed by engagement, whatever the statistics
  // say (with stale ones every row of the actor, ~3,000 for a state, was read and hashed against them).
  return straddling
    ? Prisma.sql`${rows} UNION SELECT ${select} FROM (${straddling}) b CROSS JOIN LATERAL (SELECT * FROM participant p
        WHERE p.engagement_id = b.id AND (${asItself} OR ${represented}) OFFSET 0) p`
    : rows;
}

/**
 * The actor's engagements that match the conditions, from its own rows `own` (SQL of a relation with
 * `engagement_id`): `engagement_id` and `key`, the start date's dateKeySql.
 */
function metSql(options: PairsOptions, own: Prisma.Sql): Prisma.Sql {
  const key = Prisma.raw(dateKeySql("e.start_date", "e.start_precision"));
  if (startBounds(options.date).bounds.length) {
    // OFFSET 0: each of the few own engagements probed by id, not every engagement of the range (a GiST
    // scan of ~19,000 since 2010 hashed for a state's ~540) joined to them.
    const conditions = Prisma.join([Prisma.sql`e.id = o.engagement_id`, ...options.conditions], " AND ");
    return Prisma.sql`SELECT DISTINCT o.engagement_id, m.key FROM ${own} o
      CROSS JOIN LATERAL (SELECT ${key} AS key FROM engagement e WHERE ${conditions} OFFSET 0) m`;
  }
  const where = options.conditions.length
    ? Prisma.sql`WHERE ${Prisma.join(options.conditions, " AND ")}`
    : Prisma.empty;
  return Prisma.sql`SELECT DISTINCT o.engagement_id, ${key} AS key
    FROM ${own} o JOIN engagement e ON e.id = o.engagement_id ${where}`;
}

/**
 * `pairs(engagement_id, key, counterpart_id)`, one row per engagement (with its date key) and actor met there, and
 * `paired(counterpart_id, count, first_key, last_key, ids, keys)`, one row per counterpart, as CTEs. The actor's
 * own side is its participant rows (as itself or represented by someone; with a date filter, only those in
 * engagements starting in or straddling its range: a state's ~3,000 were read for a few hundred); every other row brings its
 * actor and the actor it represents (so a foreign minister's meeting counts for their state, and two
 * states' dyad counts their representatives' meetings). Actors of the own side are never counterparts:
 * a Secretary does not meet the state they represent. NOT IN against the own side is one hashed lookup
 * a row (a correlated NOT EXISTS over the CTE took seconds for one state's engagements).
 */
export function pairsSql(options: PairsOptions): Prisma.Sql {
  return Prisma.sql`own AS MATERIALIZED (${ownRowsSql(options, "p.id, p.engagement_id, p.actor_id, p.represents_id")}),
    side AS (SELECT o.engagement_id, s.id FROM own o CROSS JOIN LATERAL (VALUES (o.actor_id), (o.represents_id)) s(id)
      WHERE s.id IS NOT NULL),
    met AS MATERIALIZED (${metSql(options, Prisma.sql`own`)}),
    pairs AS (
      SELECT DISTINCT m.engagement_id, m.key, c.id AS counterpart_id
      FROM met m
      -- OFFSET 0: each engagement's participants from the index, not a scan of every participant hashed.
      CROSS JOIN LATERAL (SELECT q.id, q.actor_id, q.represents_id FROM participant q
        WHERE q.engagement_id = m.engagement_id OFFSET 0) q
      CROSS JOIN LATERAL (VALUES (q.actor_id), (q.represents_id)) c(id)
      WHERE c.id IS NOT NULL AND q.id NOT IN (SELECT id FROM own)
        AND (m.engagement_id, c.id) NOT IN (SELECT engagement_id, id FROM side)),
    -- One row a counterpart with its engagements and their date keys: the ranking, its count and each ranked
    -- counterpart's page read these (a page scanning every pair read ~6,000 for each of 20 counterparts).
    paired AS MATERIALIZED (SELECT counterpart_id, count(*)::int AS count, min(key) AS first_key, max(key) AS last_key,
      array_agg(engagement_id) AS ids, array_agg(key) AS keys FROM pairs GROUP BY counterpart_id)`;
}

/**
 * The engagements counted for one counterpart (the SQL of its uuid), as a condition on `e.id`: the same rule
 * as pairsSql, read from the counterpart's own participations (indexed) instead of every pair of the actor.
 */
export function sharedEngagementsSql(options: PairsOptions, counterpartId: Prisma.Sql): Prisma.Sql {
  // A null represents_id makes the comparison null, not false: NOT must see false.
  const own = (alias: string) => Prisma.sql`coalesce(${Prisma.join(ownConditions(options, alias), " OR ")}, FALSE)`;
  const ownEngagements = Prisma.sql`(${ownRowsSql(options, "p.engagement_id")})`;
  return Prisma.sql`e.id IN (
    SELECT q.engagement_id FROM (
      SELECT * FROM participant WHERE actor_id = ${counterpartId}
      UNION SELECT * FROM participant WHERE represents_id = ${counterpartId}) q
    WHERE q.engagement_id IN (SELECT engagement_id FROM (${metSql(options, ownEngagements)}) m) AND NOT ${own("q")}
      AND NOT EXISTS (SELECT FROM participant w WHERE w.engagement_id = q.engagement_id AND ${own("w")}
        AND (w.actor_id = ${counterpartId} OR w.represents_id = ${counterpartId})))`;
}
