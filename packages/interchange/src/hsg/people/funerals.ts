// A person is met no later than his funeral: "Attended the funeral of President Assad" (June 2000) tells the
// "President Assad" written until 1999 (Hafez) from the one written after (Bashar), and "President Park" of
// 1979 from the one of 2013. Two people a funeral's name fits, one written only up to it and one after it,
// are two (resolve-people.ts; likely-duplicates.ts reads the stored trips' funerals the same way).

import type { BulkDb } from "../../write/bulk-db";
import { hsgCountryScheme } from "../countries";
import { peopleMet } from "./people-met";
import { sameNames } from "./person-names";

/** A funeral a record attends: whose (the name as written; country as a person met there), and when. */
export type Funeral = { countryId: string; name: string; date: string };

/** The title and name of the one whose funeral a text attends ("the funeral of former President Nyerere"). */
export function funeralOf(text: string): { title: string; name: string; remark: string } | undefined {
  const rest = /\bfuneral(?: services?| ceremony| ceremonies)? (?:of|for) (?:the late |former )?(.*)$/su.exec(
    text,
  )?.[1];
  if (!rest) return undefined;
  // The person met parser reads the title and name, as it would read "Met with President Assad."
  const remark = `Met with ${rest.replace(/\s+/gu, " ")}`;
  const met = peopleMet(remark)[0];
  return met ? { title: met.title, name: met.name, remark } : undefined;
}

type Written = { names: string[]; era: { last?: string } };

/** Whether a funeral keeps two people apart: its name fits both, one is written up to it and the other after. */
export function buriedApart(f: { name: string; date: string }, a: Written, b: Written): boolean {
  const fits = (p: Written) => p.names.some((n) => sameNames(n, f.name));
  const upTo = (p: Written) => !!p.era.last && p.era.last <= f.date;
  const after = (p: Written) => !!p.era.last && p.era.last > f.date;
  return fits(a) && fits(b) && ((upTo(a) && after(b)) || (upTo(b) && after(a)));
}

/**
 * The funerals the stored trips attended, one for each country taking part or represented in the trip: an import that
 * reads no trips (visits) decides the travels' one-word keys again with them (name-keys.ts).
 */
export async function loadStoredFunerals(db: BulkDb): Promise<Funeral[]> {
  const trips = await db.$queryRawUnsafe<{ date: string; text: string; countries: string[] }[]>(
    `SELECT to_char(e.start_date, 'YYYY-MM-DD') AS date, coalesce(e.summary, '') || ' ' || e.title AS text,
       coalesce((SELECT array_agg(DISTINCT ci.value) FROM participant p
                 JOIN actor_identifier ci ON ci.actor_id IN (p.actor_id, p.represents_id) AND ci.scheme = $1
                 WHERE p.engagement_id = e.id), '{}') AS countries
     FROM engagement e
     WHERE e.external_scheme = 'hsg-trip' AND (e.summary ILIKE '%funeral%' OR e.title ILIKE '%funeral%')`,
    hsgCountryScheme,
  );
  return trips.flatMap((t) => {
    const f = funeralOf(t.text);
    return f ? t.countries.map((countryId) => ({ countryId, name: f.name, date: t.date })) : [];
  });
}
