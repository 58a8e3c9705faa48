import type { ActorRecord, ExternalId } from "@accord/domain";
import type { BulkDb } from "../../write/bulk-db";
import { type Funeral, loadStoredFunerals } from "./funerals";
import { loadKnownPeople } from "./known-people";
import { type FoundPerson, type KeyMove, type KnownPerson, type ResolvedPerson, resolvePeople } from "./resolve-people";

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
  let storedFunerals: Funeral[] = [];
  let resolved: Promise<{ people: ResolvedPerson[]; byKey: Map<string, ResolvedPerson> }> | null = null;
  return {
    async prepare(db: BulkDb) {
      known = await loadKnownPeople(db);
      storedFunerals = await loadStoredFunerals(db);
      resolved = null;
    },
    resolved() {
      resolved ??= Promise.all([find(), funerals?.() ?? []]).then(([found, buried]) => {
        const people = resolvePeople(found, known, [...buried, ...storedFunerals]);
        return { people, byKey: new Map(people.flatMap((p) => p.keys.map((k) => [k, p] as const))) };
      });
      return resolved;
    },
    /** Before the actors are written: the one-word keys that leave a stored person are taken from it. */
    async release(db: BulkDb): Promise<ExternalId[]> {
      const moves = movesOf((await this.resolved()).people);
      for (const m of moves)
        await db.$executeRawUnsafe(
          `DELETE FROM actor_identifier WHERE scheme = 'hsg-met' AND value = $1 AND actor_id = $2::uuid`,
          m.key,
          m.from,
        );
      return moves.map((m) => metId(m.key));
    },
    /** After the actors, in release's transaction: the appearances each such key was written for go with it (where its new person is not in them already). */
    async moveAppearances(db: BulkDb): Promise<string[]> {
      const moves = movesOf((await this.resolved()).people);
      let moved = 0;
      for (const m of moves)
        moved += await db.$executeRawUnsafe(
          `UPDATE participant p SET actor_id = i.actor_id
           FROM actor_identifier i
           WHERE i.scheme = 'hsg-met' AND i.value = $1 AND p.actor_id = $2::uuid AND p.engagement_id = ANY($3::uuid[])
             AND NOT EXISTS (SELECT 1 FROM participant q WHERE q.engagement_id = p.engagement_id AND q.actor_id = i.actor_id)`,
          m.key,
          m.from,
          m.engagements,
        );
      return moves.length
        ? [`people: ${moves.length} one-word keys decided again, ${moved} appearances moved with them`]
        : [];
    },
  };
}

const movesOf = (people: ResolvedPerson[]): KeyMove[] => people.flatMap((p) => p.moves ?? []);
