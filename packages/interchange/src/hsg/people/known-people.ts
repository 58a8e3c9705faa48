import type { BulkDb } from "../../write/bulk-db";
import { hsgCountryScheme, isoScheme } from "../countries";
import type { Mentions } from "./mentions";
import type { KnownPerson } from "./resolve-people";

/** The people of the database with their hsg-met keys, the countries they represented, the records writing their names. */
export async function loadKnownPeople(db: BulkDb): Promise<KnownPerson[]> {
  const rows = await db.$queryRawUnsafe<
    {
      id: string;
      name: string;
      description: string | null;
      aliases: string[];
      keys: string[];
      countries: { scheme: string; value: string }[];
      written: { name: string; record: string }[];
      era: { titles: string[]; first: string | null; last: string | null };
      appearances: { engagementId: string; title: string; date: string }[];
    }[]
  >(
    `SELECT a.id::text, a.name, a.description,
       coalesce((SELECT array_agg(x.name ORDER BY x.name) FROM actor_alias x WHERE x.actor_id = a.id), '{}') AS aliases,
       coalesce((SELECT array_agg(i.value ORDER BY i.value) FROM actor_identifier i WHERE i.actor_id = a.id AND i.scheme = 'hsg-met'), '{}') AS keys,
       coalesce((SELECT json_agg(DISTINCT jsonb_build_object('scheme', ci.scheme, 'value', ci.value))
                 FROM participant p JOIN actor_identifier ci ON ci.actor_id = p.represents_id
                 WHERE p.actor_id = a.id AND ci.scheme IN ($1, $2)), '[]') AS countries,
       -- The trips and visits it takes part in whose text writes each of its names.
       coalesce((SELECT json_agg(json_build_object('name', n.name, 'record', e.external_scheme || ':' || e.external_value))
                 FROM (SELECT a.name UNION SELECT x.name FROM actor_alias x WHERE x.actor_id = a.id) n
                 JOIN participant p ON p.actor_id = a.id
                 JOIN engagement e ON e.id = p.engagement_id AND e.external_scheme IN ('hsg-trip', 'hsg-visit')
                 WHERE strpos(coalesce(e.summary, '') || ' ' || e.title, n.name) > 0), '[]') AS written,
       -- When and as what it took part in trips and visits (one-word-names.ts).
       (SELECT json_build_object(
                 'titles', coalesce(array_agg(DISTINCT lower(p.title_as_reported)) FILTER (WHERE p.title_as_reported <> ''), '{}'),
                 'first', to_char(min(e.start_date), 'YYYY-MM-DD'), 'last', to_char(max(e.start_date), 'YYYY-MM-DD'))
        FROM participant p JOIN engagement e ON e.id = p.engagement_id AND e.external_scheme IN ('hsg-trip', 'hsg-visit')
        WHERE p.actor_id = a.id) AS era,
       -- Each trip or visit it takes part in, as what and when: its one-word keys are decided again (name-keys.ts).
       coalesce((SELECT json_agg(json_build_object('engagementId', e.id::text, 'title', coalesce(p.title_as_reported, ''),
                   'date', to_char(e.start_date, 'YYYY-MM-DD')) ORDER BY e.start_date, e.id)
                 FROM participant p JOIN engagement e ON e.id = p.engagement_id AND e.external_scheme IN ('hsg-trip', 'hsg-visit')
                 WHERE p.actor_id = a.id), '[]') AS appearances
     FROM actor a WHERE a.kind = 'PERSON'`,
    isoScheme,
    hsgCountryScheme,
  );
  return rows.map((r) => {
    const mentions: Mentions = new Map();
    for (const w of r.written) mentions.set(w.name, (mentions.get(w.name) ?? new Set()).add(w.record));
    const era = {
      titles: new Set(r.era.titles),
      ...(r.era.first ? { first: r.era.first } : {}),
      ...(r.era.last ? { last: r.era.last } : {}),
    };
    const description = r.description ? { description: r.description } : {};
    return {
      actorId: r.id,
      name: r.name,
      aliases: r.aliases,
      keys: r.keys,
      countries: r.countries,
      mentions,
      era,
      appearances: r.appearances,
      ...description,
    };
  });
}
