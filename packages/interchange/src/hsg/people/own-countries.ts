// A person met at a summit, whose remark names no country ("Met with Prime Minister Mario Draghi" at the G20
// in Rome), represents the country the person belongs to, once any record tells it: the country of their
// other participations or the one their hsg-met keys are filed under, when that is one country. Another
// import may tell it later (a visit from Italy), so both Office of the Historian imports end by filling it
// in for every stored trip: the trip records never carry it, and the same data follow in either order.
import type { BulkDb } from "../../write/bulk-db";
import { hsgCountryScheme } from "../countries";

/** Sets the country of the people met in stored trips who represent none, where it is now known; returns the summary line. */
export async function representOwnCountries(db: BulkDb): Promise<string[]> {
  const set = await db.$executeRawUnsafe(
    `WITH need AS (
       SELECT p.id, p.actor_id FROM participant p
       JOIN engagement e ON e.id = p.engagement_id AND e.external_scheme = 'hsg-trip'
       WHERE p.represents_id IS NULL AND p.role = 'PARTICIPANT'
         AND EXISTS (SELECT 1 FROM actor_identifier k WHERE k.actor_id = p.actor_id AND k.scheme = 'hsg-met')),
     known AS (
       SELECT n.actor_id, c.country FROM (SELECT DISTINCT actor_id FROM need) n
       CROSS JOIN LATERAL (
         SELECT q.represents_id AS country FROM participant q WHERE q.actor_id = n.actor_id AND q.represents_id IS NOT NULL
         UNION
         SELECT ci.actor_id FROM actor_identifier k
         JOIN actor_identifier ci ON ci.scheme = $1 AND ci.value = split_part(k.value, '/', 1)
         WHERE k.actor_id = n.actor_id AND k.scheme = 'hsg-met' AND split_part(k.value, '/', 1) <> 'unknown') c),
     one AS (
       SELECT actor_id, (array_agg(country))[1] AS country FROM known GROUP BY actor_id HAVING count(DISTINCT country) = 1)
     UPDATE participant p SET represents_id = one.country FROM need JOIN one ON one.actor_id = need.actor_id
     WHERE p.id = need.id`,
    hsgCountryScheme,
  );
  return set ? [`people met in trips given the country they are known to represent: ${set}`] : [];
}
