import type { BulkDb } from "../../write/bulk-db";
import { hsgCountryScheme, isoScheme } from "../countries";
import type { KnownPerson } from "./resolve-people";

/** The people of the database with their hsg-met keys and the countries they represented. */
export async function loadKnownPeople(db: BulkDb): Promise<KnownPerson[]> {
  const rows = await db.$queryRawUnsafe<
    { id: string; name: string; aliases: string[]; keys: string[]; countries: { scheme: string; value: string }[] }[]
  >(
    `SELECT a.id::text, a.name,
       coalesce((SELECT array_agg(x.name ORDER BY x.name) FROM actor_alias x WHERE x.actor_id = a.id), '{}') AS aliases,
       coalesce((SELECT array_agg(i.value ORDER BY i.value) FROM actor_identifier i WHERE i.actor_id = a.id AND i.scheme = 'hsg-met'), '{}') AS keys,
       coalesce((SELECT json_agg(DISTINCT jsonb_build_object('scheme', ci.scheme, 'value', ci.value))
                 FROM participant p JOIN actor_identifier ci ON ci.actor_id = p.represents_id
                 WHERE p.actor_id = a.id AND ci.scheme IN ($1, $2)), '[]') AS countries
     FROM actor a WHERE a.kind = 'PERSON'`,
    isoScheme,
    hsgCountryScheme,
  );
  return rows.map((r) => ({ actorId: r.id, name: r.name, aliases: r.aliases, keys: r.keys, countries: r.countries }));
}
