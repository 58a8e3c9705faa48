import type { ActorRecord, ExternalId } from "@accord/domain";
import type { BulkDb } from "../../write/bulk-db";
import type { Funeral } from "./funerals";
import { loadKnownPeople } from "./known-people";
import { type FoundPerson, type KnownPerson, type ResolvedPerson, resolvePeople } from "./resolve-people";

export const metId = (key: string): ExternalId => ({ scheme: "hsg-met", value: key });

/** One actor per resolved person; its names replace what the database holds (the fullest is the name). */
export const personRecords = (people: ResolvedPerson[]): ActorRecord[] =>
  people.map((p) => ({
    type: "actor",
    identifiers: p.keys.map(metId),
    kind: "PERSON",
    name: p.name,
    ...(p.description ? { description: p.description } : {}),
    ...(p.aliases.length ? { aliases: p.aliases.map((name) => ({ name })) } : {}),
    onMatch: "replace",
  }));

/**
 * The people of a reader resolved against the database's: loaded in prepare (before the importer reads),
 * resolved once on first use, so every pass of the importer sees the same actors.
 */
export function peopleResolver(find: () => Promise<FoundPerson[]>, funerals?: () => Promise<Funeral[]>) {
  let known: KnownPerson[] = [];
  let resolved: Promise<{ people: ResolvedPerson[]; byKey: Map<string, ResolvedPerson> }> | null = null;
  return {
    async prepare(db: BulkDb) {
      known = await loadKnownPeople(db);
      resolved = null;
    },
    resolved() {
      resolved ??= Promise.all([find(), funerals?.() ?? []]).then(([found, buried]) => {
        const people = resolvePeople(found, known, buried);
        return { people, byKey: new Map(people.flatMap((p) => p.keys.map((k) => [k, p] as const))) };
      });
      return resolved;
    },
  };
}
