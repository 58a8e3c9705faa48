// Office holders of other countries whose family name the records write alone ("Prime Minister Papandreou")
// of more than one person: evidence of which of them a one-word name is, by the date it is written, and of no
// more (nothing is written from it). Kept by hand for the ambiguous family names only; the terms (took office,
// left office; a year alone where no day is known) are as the Wikipedia lists of each office give them ("List
// of prime ministers of Greece", "Minister of External Affairs (India)", "List of heads of state of Mali",
// "List of foreign ministers of Mali", "President of Azerbaijan", "List of heads of state of Argentina", "List
// of heads of state of Bolivia"), typed from them on 2026-12-07 without the pages at hand: check a term against
// its list before relying on a day of it.

import type { Era } from "./one-word-names";
import { firstSurnameOf, nameWords, sameNames } from "./person-names";

/** One holder of an office: the country as the records file it, the office as a title lower-cased, the terms (to "" while in office). */
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
  { country: "india", office: "foreign minister", name: "Jaswant Singh", terms: [["1998-12-05", "2002-07-01"]] },
  { country: "india", office: "foreign minister", name: "Natwar Singh", terms: [["2004-05-22", "2005-11-06"]] },
  { country: "india", office: "prime minister", name: "Manmohan Singh", terms: [["2004-05-22", "2014-05-26"]] },
  { country: "mali", office: "president", name: "Moussa Traore", terms: [["1968-11-19", "1991-03-26"]] },
  { country: "mali", office: "foreign minister", name: "Dioncounda Traore", terms: [["1994", "1997"]] },
  // Interim president after the 2012 coup: a bare "President Traore" of 2012–13 is not Moussa Traoré.
  { country: "mali", office: "president", name: "Dioncounda Traore", terms: [["2012-04-12", "2013-09-04"]] },
  { country: "azerbaijan", office: "president", name: "Heydar Aliyev", terms: [["1993-06-15", "2003-10-31"]] },
  { country: "azerbaijan", office: "president", name: "Ilham Aliyev", terms: [["2003-10-31", ""]] },
  { country: "argentina", office: "president", name: "Nestor Kirchner", terms: [["2003-05-25", "2007-12-10"]] },
  {
    country: "argentina",
    office: "president",
    name: "Cristina Fernandez de Kirchner",
    terms: [["2007-12-10", "2015-12-10"]],
  },
  {
    country: "bolivia",
    office: "president",
    name: "Victor Paz Estenssoro",
    terms: [
      ["1952-04-15", "1956-08-06"],
      ["1960-08-06", "1964-11-04"],
      ["1985-08-06", "1989-08-06"],
    ],
  },
  { country: "bolivia", office: "president", name: "Jaime Paz Zamora", terms: [["1989-08-06", "1993-08-06"]] },
];

/** Two dates, either maybe partial ("1964", "1964-06"), compared to the precision of the less precise. */
const cut = (a: string, b: string) => a.slice(0, Math.min(a.length, b.length));
/** Whether a date falls in a term. */
const inTerm = (date: string, [from, to]: [string, string]) =>
  cut(date, from) >= cut(from, date) && (!to || cut(date, to) <= cut(to, date));

/**
 * Which listed holders a person may be, when the table lists its family name in its country: by a full name it
 * is written under, that holder ("" for a full name the table does not list); else (one-word names only) the
 * holders of an office it is written with whose terms hold its first or last date, when each of the two falls in
 * one. Undefined when nothing tells.
 */
export function holderOf(names: string[], era: Era, inCountry: (country: string) => boolean): string[] | undefined {
  const family = new Set(names.map((n) => nameWords(n).at(-1)));
  const listed = holdersAbroad.filter(
    (h) =>
      inCountry(h.country) &&
      (family.has(nameWords(h.name).at(-1)) || names.some((n) => sameNames(n, h.name) || firstSurnameOf(n, h.name))),
  );
  if (!listed.length) return undefined;
  const full = names.filter((n) => nameWords(n).length > 1);
  if (full.length) {
    // One person may hold several listed offices (an entry each): count people, not entries.
    const named = [...new Set(listed.filter((h) => full.some((n) => sameNames(n, h.name))).map((h) => h.name))];
    return named.length === 1 ? named : named.length ? undefined : [""];
  }
  const dates = [era.first, era.last].filter((d): d is string => !!d);
  const holding = dates.map((d) =>
    listed.filter((h) => era.titles.has(h.office) && h.terms.some((term) => inTerm(d, term))).map((h) => h.name),
  );
  return holding.length && holding.every((h) => h.length === 1) ? [...new Set(holding.flat())] : undefined;
}

/** Two people the table tells apart: no holder both may be (a full name it does not list is none of them). */
export const holdersApart = (a: string[] | undefined, b: string[] | undefined) =>
  !!a && !!b && !a.some((h) => b.includes(h));
