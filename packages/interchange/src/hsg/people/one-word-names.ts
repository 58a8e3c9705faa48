// One-word names across time. A name of one word ("Faisal", "Hussein", "Kohl") is a given name, a regnal
// name or a family name alone, and the records write it of different people of one country: King Faisal
// (met 1966-1975) is not his son Foreign Minister Saud al-Faisal (met 2013-2015) whose name ends in the
// same word, nor Jens Stoltenberg (2012) the "Foreign Minister Stoltenberg" of 1989, his father. A person
// written under one-word names only joins another when other evidence fits: years written within one
// career, and a title in common where a name says whose son or house ("al-Faisal", "bin Salman") (erasFit).
// The country must fit as well (resolve-people.ts); a one-word name's key carries its title and decade
// (person-key.ts), so that one key does not gather King Faisal and a Foreign Minister Faisal.

import { nameWords } from "./person-names";

/** When and as what a person is written: the titles as reported, the first and last dates (ISO, maybe partial). */
export type Era = { titles: Set<string>; first?: string; last?: string };

export const noEra = (): Era => ({ titles: new Set() });

/** "President-elect Tubman" (1943) is President Tubman (1954). */
const officeOf = (title: string) =>
  title.toLowerCase().replace(/^(?:acting|former|interim)\s+|[\s-]+(?:elect|designate)$/g, "");

/** Adds a record's date and title to an era. */
export function noteEra(era: Era, date: string, title: string): void {
  const office = officeOf(title);
  if (office) era.titles.add(office);
  if (!/^\d{4}/.test(date)) return;
  if (!era.first || date < era.first) era.first = date;
  if (!era.last || date > era.last) era.last = date;
}

/** Puts eras together (the people of one node). */
export function joinEras(eras: Era[]): Era {
  const era = noEra();
  for (const e of eras) {
    for (const t of e.titles) era.titles.add(t);
    for (const date of [e.first, e.last]) if (date) noteEra(era, date, "");
  }
  return era;
}

/** Whether every name is of one word (regnal numbers, honorifics and particles aside). */
export const oneWordOnly = (names: string[]): boolean => names.every((n) => nameWords(n).length <= 1);

/** One office however transliterated or qualified: "Amir" is "Emir", "Acting President" is "President". */
const office = (title: string) => officeOf(title).replace(/^amir\b/, "emir");

/** Whether two eras share a title as reported (either without titles: nothing tells). */
export const titleInCommon = (a: Era, b: Era): boolean => {
  const theirs = new Set([...b.titles].map(office));
  return !a.titles.size || !b.titles.size || [...a.titles].some((t) => theirs.has(office(t)));
};

/** How many years apart two eras are written (0 when they overlap). */
export const yearsApart = (a: Era, b: Era) =>
  Math.max(
    0,
    Number(b.first?.slice(0, 4)) - Number(a.last?.slice(0, 4)),
    Number(a.first?.slice(0, 4)) - Number(b.last?.slice(0, 4)),
  );

/**
 * One person's career as the records follow it, in years between the writings: "Prime Minister
 * Erdogan" 2007 and "President Recep Tayyip Erdogan" 2024 (17); not "Foreign Minister Stoltenberg"
 * 1989 (Thorvald) and Jens Stoltenberg 2012 (23).
 */
const careerYears = 20;
/**
 * Under one title and one-word names on both sides, a reign or a long rule: "President Tubman" 1945 and 1970;
 * not "President Kenyatta" 1978 and 2014, where the records write Uhuru Kenyatta in full (with no namesake
 * written in full: longReignYears). A full name is a career's (careerYears): "President Aquino" of 1986-1988
 * is not Benigno Aquino of 2013, though a reign's one-word names may chain to a full name.
 */
const oneTitleYears = 30;
/**
 * Under one title, one-word names, and no one of that name written in full: "King Sihanouk" 1955 and again
 * 1995 (40); not "President Chiari" 1912 and 1962 (50), father and son a generation apart.
 */
const longReignYears = 45;
/** Where a name's last word is a father's or a house's: one office, one decade ("Sabah", Foreign Minister 2003, is not Amir Jabir al-Sabah of those years). */
const lineageYears = 10;

/**
 * A name whose last word is a father's or a house's, after a particle ("Saud al-Faisal", "Mohammed bin
 * Salman", "Al Saud"): that word alone is another person's given or regnal name (King Faisal, King Salman).
 */
const lineage = /(?:^|[\s-])(?:al|bin|ibn|bint)[\s-]\S+$/iu;

/** "Ibn Saud": a son's name, not his father's ("Saud"), nor his son's (King Saud). */
const sonOf = (names: string[]) => names.some((n) => /^(?:ibn|bin|bint)[\s-]/iu.test(n.trim()));

/**
 * Of several people a one-word name fits who are not one another ("Gandhi" in 1966: Indira and Rajiv),
 * the one written nearest in time, when one is strictly nearer than the rest; otherwise none.
 */
export function nearestInTime(
  one: { names: string[]; era: Era },
  others: { names: string[]; era: Era }[],
): number | undefined {
  if (!oneWordOnly(one.names) || !one.era.first || others.some((o) => !o.era.first)) return undefined;
  const apart = others.map((o) => yearsApart(one.era, o.era));
  const least = Math.min(...apart);
  // Between the years of two written in full and in neither's, time does not tell: the office may, held by
  // one of them only ("Foreign Minister Singh" of 2002 between Foreign Minister Jaswant Singh and Prime
  // Minister Manmohan Singh); else it may be a third namesake ("Prime Minister Rasmussen" of 2004-2008,
  // between Poul Nyrup's 1993-1999 and Lars Lokke's 2016, is Anders Fogh): none.
  const year = (date?: string) => Number(date?.slice(0, 4));
  const full = others.filter((o) => !oneWordOnly(o.names));
  const before = full.some((o) => year(o.era.last) < year(one.era.first));
  const after = full.some((o) => year(o.era.first) > year(one.era.last));
  if (least > 0 && before && after) {
    const office = others.flatMap((o, i) => (titleInCommon(one.era, o.era) ? [i] : []));
    return office.length === 1 ? office[0] : undefined;
  }
  // Equally near, the office tells when one of them only held it ("Prime Minister Singh" of 2005: Foreign
  // Minister Natwar Singh and Prime Minister Manmohan Singh are written that year).
  const nearest = apart.flatMap((a, i) => (a === least ? [i] : []));
  const office = nearest.filter((i) => titleInCommon(one.era, (others[i] as { era: Era }).era));
  return nearest.length === 1 ? nearest[0] : office.length === 1 ? office[0] : undefined;
}

/**
 * Whether two people whose names fit may be one, by when and as what they are written: always, unless
 * one is written under one-word names only. Then they must be written within a career (careerYears,
 * longer under one title when both are one-word names: oneTitleYears, longReignYears when the caller knows
 * no namesake written in full: namesake false);
 * where a name's last word is a father's or a house's name, within a decade and with a title in common
 * (lineageYears). A son's name ("Ibn Saud") is not the bare name. Without dates on both sides nothing
 * else tells them apart.
 */
export function erasFit(
  a: { names: string[]; era: Era },
  b: { names: string[]; era: Era },
  options: { namesake?: boolean } = {},
): boolean {
  const [one, other] = oneWordOnly(a.names) ? [a, b] : [b, a];
  if (!oneWordOnly(one.names)) return true;
  if (sonOf(one.names) !== sonOf(other.names)) return false;
  // A regnal name and number name one monarch of a country: Margrethe II in 1972 and in 2019.
  const regnal = (names: string[]) => names.filter((n) => / [IVX]{1,4}$/.test(n.trim())).map((n) => n.trim());
  if (regnal(one.names).some((n) => regnal(other.names).includes(n))) return true;
  if (!one.era.first || !other.era.first) return true;
  const overlap = one.era.first <= `${other.era.last}~` && other.era.first <= `${one.era.last}~`;
  const apart = overlap ? 0 : yearsApart(one.era, other.era);
  const sameTitle = [...one.era.titles].some((t) => other.era.titles.has(t));
  const reign = sameTitle && oneWordOnly(other.names);
  if (![...one.names, ...other.names].some((n) => lineage.test(n.trim())))
    return apart <= (reign ? (options.namesake === false ? longReignYears : oneTitleYears) : careerYears);
  return apart <= lineageYears && sameTitle;
}
