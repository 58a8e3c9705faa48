// An actor record whose hash differs from the stored one may still store nothing new: two readers write
// one person with the same values in records that differ elsewhere (the order of aliases, a description
// the other reader keeps), and each would rewrite it after the other. Compared by what would be stored,
// such a record is unchanged, so a re-import updates nothing when nothing changed.
import { type ActorRecord, externalKey } from "@accord/domain";
import type { BulkDb } from "./bulk-db";

export type StoredActor = {
  kind: string;
  name: string;
  description: string | null;
  validFrom: string | null;
  validTo: string | null;
  /** name|language|validFrom|validTo of each alias. */
  aliases: string[];
  /** scheme:value of each identifier (externalKey). */
  identifiers: string[];
};

const aliasKey = (a: { name: string; language?: string | null; validFrom?: string | null; validTo?: string | null }) =>
  [a.name, a.language ?? "", a.validFrom ?? "", a.validTo ?? ""].join("|");

export async function loadStoredActors(db: BulkDb, ids: string[]): Promise<Map<string, StoredActor>> {
  if (!ids.length) return new Map();
  const rows = await db.$queryRawUnsafe<
    (Omit<StoredActor, "aliases" | "identifiers"> & {
      id: string;
      aliases: { name: string; language: string | null; validFrom: string | null; validTo: string | null }[];
      identifiers: { scheme: string; value: string }[];
    })[]
  >(
    `SELECT a.id::text, a.kind::text, a.name, a.description,
       to_char(a.valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(a.valid_to, 'YYYY-MM-DD') AS "validTo",
       coalesce((SELECT json_agg(json_build_object('name', x.name, 'language', x.language,
                  'validFrom', to_char(x.valid_from, 'YYYY-MM-DD'), 'validTo', to_char(x.valid_to, 'YYYY-MM-DD')))
                 FROM actor_alias x WHERE x.actor_id = a.id), '[]') AS aliases,
       coalesce((SELECT json_agg(json_build_object('scheme', i.scheme, 'value', i.value))
                 FROM actor_identifier i WHERE i.actor_id = a.id), '[]') AS identifiers
     FROM actor a WHERE a.id = ANY($1::uuid[])`,
    ids,
  );
  return new Map(
    rows.map(({ id, aliases, identifiers, ...actor }) => [
      id,
      { ...actor, aliases: aliases.map(aliasKey), identifiers: identifiers.map(externalKey) },
    ]),
  );
}

/** Whether writing the record over the stored actor would store nothing that is not there already. */
export function storesNothingNew(record: ActorRecord, stored: StoredActor | undefined): boolean {
  if (!stored) return false;
  if (!record.identifiers.every((i) => stored.identifiers.includes(externalKey(i)))) return false;
  const aliases = (record.aliases ?? []).map(aliasKey);
  // A merged record adds its name and aliases; a replacing one sets every value and the aliases.
  if (record.onMatch === "merge")
    return (
      (record.name === stored.name || stored.aliases.some((a) => a.startsWith(`${record.name}|`))) &&
      aliases.every((a) => stored.aliases.includes(a))
    );
  return (
    record.kind === stored.kind &&
    record.name === stored.name &&
    (record.description ?? null) === stored.description &&
    (record.validFrom ?? null) === stored.validFrom &&
    (record.validTo ?? null) === stored.validTo &&
    aliases.length === stored.aliases.length &&
    aliases.every((a) => stored.aliases.includes(a))
  );
}
