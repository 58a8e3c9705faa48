// How often each spelling of a person's name is written: the records (trips, visits) that write it.
// The name an actor keeps is the one most records write, after accents (person-names.ts fullestName):
// "Hamid Karzai" in six trips, not the slip "Hamad Karzai" of one. Records are counted by id, so the
// database's records and a reader's are counted once each, whichever import comes first.

import { type Era, noEra, noteEra } from "./one-word-names";

/** Spelling as written → ids ("hsg-trip:3810", "hsg-visit:…") of the records that write it. */
export type Mentions = Map<string, Set<string>>;

/** A record that writes a person: its id, its (start) date, the person's title as it reports it. */
export type Writing = { id: string; date: string; title: string };

/**
 * Notes that a record writes this person (by key) under this spelling, with its date and title; the
 * first spelling read is the name.
 */
export function noteMention<P extends { key: string; name: string }>(
  people: Map<string, P & { mentions: Mentions; era: Era }>,
  person: P,
  record: Writing,
): void {
  const known = people.get(person.key) ?? { ...person, mentions: new Map<string, Set<string>>(), era: noEra() };
  const records = known.mentions.get(person.name) ?? new Set<string>();
  known.mentions.set(person.name, records.add(record.id));
  noteEra(known.era, record.date, record.title);
  people.set(person.key, known);
}

/** The records a reader's people are written in: the reader's own records (it writes them again). */
export const recordsOf = (found: Mentions[]): Set<string> =>
  new Set(found.flatMap((m) => [...m.values()].flatMap((ids) => [...ids])));

/**
 * How many records write each spelling: the reader's (found) and those the database holds (stored)
 * but the reader does not write again (own: recordsOf every person the reader found).
 */
export function mentionCounts(found: Mentions[], stored: Mentions[], own: Set<string>): Map<string, number> {
  const records = new Map<string, Set<string>>();
  const add = (spelling: string, ids: Iterable<string>) => {
    const set = records.get(spelling) ?? new Set<string>();
    for (const id of ids) set.add(id);
    records.set(spelling, set);
  };
  for (const m of found) for (const [spelling, ids] of m) add(spelling, ids);
  for (const m of stored)
    for (const [spelling, ids] of m)
      add(
        spelling,
        [...ids].filter((id) => !own.has(id)),
      );
  return new Map([...records].map(([spelling, ids]) => [spelling, ids.size]));
}
