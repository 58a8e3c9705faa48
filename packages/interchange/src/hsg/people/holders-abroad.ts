// Office holders of other countries whose family name the records write alone ("Prime Minister Papandreou")
// of more than one person: evidence of which of them a one-word name is, by the date it is written, and of no
// more (nothing is written from it). Kept by hand; the terms (took office, left office) are those of the
// Wikipedia lists of the office ("List of prime ministers of Greece"), read 2026-12-07.

import type { Era } from "./one-word-names";
import { nameWords, sameNames } from "./person-names";

/** One holder of an office: the country as the records file it, the office as a title lower-cased, the terms. */
export type HolderAbroad = { country: string; office: string; name: string; terms: [from: string, to: string][] };

export const holdersAbroad: HolderAbroad[] = [
  {
    country: "greece",
    office: "prime minister",
    name: "Georgios Papandreou",
    terms: [
      ["1944-04-26", "1945-01-03"],
      ["1963-11-08", "1963-12-31"],
      ["1964-02-19", "1965-07-15"],
    ],
  },
  {
    country: "greece",
    office: "prime minister",
    name: "Andreas Papandreou",
    terms: [
      ["1981-10-21", "1989-07-02"],
      ["1993-10-13", "1996-01-22"],
    ],
  },
  { country: "greece", office: "prime minister", name: "George Papandreou", terms: [["2009-10-06", "2011-11-11"]] },
];

/** Whether a date (maybe partial: "1964", "1964-06") falls in a term. */
const inTerm = (date: string, [from, to]: [string, string]) =>
  date >= from.slice(0, date.length) && date <= to.slice(0, date.length);

/**
 * The listed holder a person is, when the table lists its family name in its country: by a full name it is
 * written under, else (one-word names only) the one holder of an office it is written with whose terms hold the
 * first and last dates it is written. "" for a full name the table does not list; undefined when nothing tells.
 */
export function holderOf(names: string[], era: Era, inCountry: (country: string) => boolean): string | undefined {
  const family = new Set(names.map((n) => nameWords(n).at(-1)));
  const listed = holdersAbroad.filter((h) => inCountry(h.country) && family.has(nameWords(h.name).at(-1)));
  if (!listed.length) return undefined;
  const full = names.filter((n) => nameWords(n).length > 1);
  if (full.length) {
    const named = listed.filter((h) => full.some((n) => sameNames(n, h.name)));
    return named.length === 1 ? named[0]?.name : named.length ? undefined : "";
  }
  const dates = [era.first, era.last].filter((d): d is string => !!d);
  if (!dates.length) return undefined;
  const holding = listed.filter(
    (h) => era.titles.has(h.office) && dates.every((d) => h.terms.some((term) => inTerm(d, term))),
  );
  return holding.length === 1 ? holding[0]?.name : undefined;
}

/** Two people the table tells apart: each is a listed holder, or one is and the other a full name it does not list. */
export const holdersApart = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && a !== b;
