// A stored person's one-word keys, taken apart again. A key of a one-word name ("denmark/prime-minister-
// rasmussen-2000s") was joined to a person by what the imports before knew; a later import may bring the
// namesake it is (Anders Fogh, between Poul Nyrup and Lars Lokke). So each import decides such a key anew,
// with the dates and titles of the appearances it was written for, and the key moves with them.

import { type Era, joinEras, noEra, noteEra } from "./one-word-names";
import { personKey } from "./person-key";
import { nameWords } from "./person-names";

/** One participation of a stored person in a trip or visit. */
export type Appearance = { engagementId: string; title: string; date: string };

/** A one-word key of a stored person with the appearances it was written for. */
export type NameKey = { key: string; name: string; actorId: string; era: Era; engagements: string[] };

/**
 * A stored person's one-word keys, each with the appearances whose title, decade and one-word name give it
 * (person-key.ts), and the era of the appearances left. A person of one key only is left whole, and so is a
 * key the caller has no new evidence on (decide).
 */
export function nameKeysOf(
  person: { actorId: string; name: string; aliases: string[]; keys: string[]; appearances?: Appearance[] },
  decide: (name: string, key: string) => boolean = () => true,
): { nameKeys: NameKey[]; rest: Era | undefined } {
  const appearances = person.appearances ?? [];
  if (person.keys.length < 2 || !appearances.length) return { nameKeys: [], rest: undefined };
  const oneWord = [person.name, ...person.aliases].filter((n) => nameWords(n).length === 1);
  const taken = new Set<Appearance>();
  const nameKeys: NameKey[] = [];
  for (const key of person.keys) {
    const country = key.split("/")[0] ?? "";
    for (const name of oneWord) {
      const of = appearances.filter((a) => a.title && personKey(country, name, a.title, a.date) === key);
      if (!of.length) continue;
      if (!decide(name, key)) break;
      const era = noEra();
      for (const a of of) {
        noteEra(era, a.date, a.title);
        taken.add(a);
      }
      nameKeys.push({
        key,
        name,
        actorId: person.actorId,
        era,
        engagements: [...new Set(of.map((a) => a.engagementId))],
      });
      break;
    }
  }
  const left = appearances.filter((a) => !taken.has(a));
  const rest = joinEras(
    left.map((a) => {
      const era = noEra();
      noteEra(era, a.date, a.title);
      return era;
    }),
  );
  return { nameKeys, rest };
}
