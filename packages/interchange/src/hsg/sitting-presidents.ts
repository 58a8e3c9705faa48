// The President a visit's description names ("Met with President Clinton during a private visit") is the
// same actor as in the President's travels and presidents.xml: found among the database's holders of the
// office of President of the United States by surname and the visit's date. Visits imported before any
// travels name no one; imported again after them, they gain the President.
import type { ExternalId } from "@accord/domain";
import type { BulkDb } from "../write/bulk-db";

export type SittingPresident = { who: string; name: string; start: string; end: string | null };

export async function loadSittingPresidents(db: BulkDb): Promise<SittingPresident[]> {
  return db.$queryRawUnsafe<SittingPresident[]>(
    `SELECT DISTINCT i.value AS who, a.name, to_char(t.start_date, 'YYYY-MM-DD') AS start,
            to_char(t.end_date, 'YYYY-MM-DD') AS "end"
     FROM tenure t
     JOIN office o ON o.id = t.office_id
     JOIN actor a ON a.id = t.holder_id
     JOIN actor_identifier i ON i.actor_id = a.id AND i.scheme = 'hsg-person'
     JOIN actor_identifier us ON us.actor_id = o.jurisdiction_id AND us.scheme = 'iso3166-1-alpha2' AND us.value = 'US'
     WHERE o.name = 'President' AND t.start_date IS NOT NULL
     ORDER BY 1, 3`,
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

/** The hsg-person ids of the Presidents in office on the day whom the text names "President <Name>". */
export function presidentsNamed(text: string, day: string, presidents: SittingPresident[]): ExternalId[] {
  const named = new Set<string>();
  for (const m of text.matchAll(/\bPresident((?:\s+[A-Z][\p{L}.'’-]*)+)/gu)) {
    const mentioned = surname(m[1] ?? "");
    for (const p of presidents)
      if (mentioned && surname(p.name) === mentioned && p.start <= day && (!p.end || day <= p.end)) named.add(p.who);
  }
  return [...named].sort().map((who) => ({ scheme: "hsg-person", value: who }));
}
