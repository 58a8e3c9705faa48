// The President a visit's description names ("Met with President Clinton during a private visit") is the
// same actor as in the President's travels and presidents.xml: found among the database's holders of the
// office of President of the United States by surname and the visit's date. The visit records do not carry
// him: both Office of the Historian imports end by joining the stored visits to the Presidents stored
// (attachSittingPresidents), so visits before travels and travels before visits give the same data.
import { v7 as uuid } from "uuid";
import type { BulkDb } from "../write/bulk-db";

export type SittingPresident = { actor: string; who: string; name: string; start: string; end: string | null };

export async function loadSittingPresidents(db: BulkDb): Promise<SittingPresident[]> {
  return db.$queryRawUnsafe<SittingPresident[]>(
    `SELECT DISTINCT a.id::text AS actor, i.value AS who, a.name, to_char(t.start_date, 'YYYY-MM-DD') AS start,
            to_char(t.end_date, 'YYYY-MM-DD') AS "end"
     FROM tenure t
     JOIN office o ON o.id = t.office_id
     JOIN actor a ON a.id = t.holder_id
     JOIN actor_identifier i ON i.actor_id = a.id AND i.scheme = 'hsg-person'
     JOIN actor_identifier us ON us.actor_id = o.jurisdiction_id AND us.scheme = 'iso3166-1-alpha2' AND us.value = 'US'
     WHERE o.name = 'President' AND t.start_date IS NOT NULL
     ORDER BY 2, 4`,
  );
}

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/['’]s$/u, "")
    .replace(/[^\p{L}]/gu, "")
    .toLowerCase();
const surname = (name: string) => fold(name.trim().split(/\s+/).pop() ?? "");

/** The Presidents in office on the day whom the text names "President <Name>", by hsg-person id. */
export function presidentsNamed(text: string, day: string, presidents: SittingPresident[]): SittingPresident[] {
  const named = new Map<string, SittingPresident>();
  for (const m of text.matchAll(/\bPresident((?:\s+[A-Z][\p{L}.'’-]*)+)/gu)) {
    const mentioned = surname(m[1] ?? "");
    for (const p of presidents)
      if (mentioned && surname(p.name) === mentioned && p.start <= day && (!p.end || day <= p.end)) named.set(p.who, p);
  }
  return [...named.values()].sort((a, b) => (a.who < b.who ? -1 : 1));
}

/**
 * Adds to every stored visit the sitting President its description names, as a participant representing
 * the United States with the title "President" (after the visit's own participants), unless he is in it.
 * Run at the end of both formats' imports; returns the summary line.
 */
export async function attachSittingPresidents(db: BulkDb): Promise<string[]> {
  const presidents = await loadSittingPresidents(db);
  if (!presidents.length) return [];
  const visits = await db.$queryRawUnsafe<{ id: string; summary: string; day: string }[]>(
    `SELECT e.id::text, e.summary, to_char(e.start_date, 'YYYY-MM-DD') AS day FROM engagement e
     WHERE e.external_scheme = 'hsg-visit' AND e.summary LIKE '%President%'`,
  );
  const pairs = visits.flatMap((v) => presidentsNamed(v.summary, v.day, presidents).map((p) => [v.id, p.actor]));
  if (!pairs.length) return [];
  const added = await db.$executeRawUnsafe(
    `INSERT INTO participant (id, engagement_id, actor_id, role, represents_id, title_as_reported, position)
     SELECT t.id, t.e, t.a, 'PARTICIPANT', (SELECT actor_id FROM actor_identifier WHERE scheme = 'iso3166-1-alpha2' AND value = 'US'),
       'President', (SELECT coalesce(max(p.position), -1) + t.n FROM participant p WHERE p.engagement_id = t.e)
     FROM (SELECT id, e, a, row_number() OVER (PARTITION BY e ORDER BY a) AS n
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS u(e, a, id)
           WHERE NOT EXISTS (SELECT 1 FROM participant p WHERE p.engagement_id = u.e AND p.actor_id = u.a)) t`,
    pairs.map(([e]) => e),
    pairs.map(([, a]) => a),
    pairs.map(() => uuid()),
  );
  return [`visits joined to the sitting President they name: ${added} added (${pairs.length} in all)`];
}
