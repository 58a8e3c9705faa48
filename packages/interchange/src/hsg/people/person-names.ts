// When two names written in the records are one person's: "Kohl" / "Helmut Kohl", "Recep Erdogan" /
// "Recep Tayyip Erdoğan", "Kishida Fumio" / "Fumio Kishida", "Leonid I. Brezhnev" / "Leonid Brezhnev".
// Only names: the caller also requires the same country and no second candidate.

import { foldName } from "./letters";
import { honorifics } from "./titles";

/** Names the rules below cannot tell are one person's: each list is one person (normalised words). */
export const knownAliases: readonly string[][] = [
  ["lula", "luiz inacio lula da silva", "lula da silva"],
  ["mohammad reza pahlavi", "shah", "mohammad reza shah pahlavi"],
  ["hussein", "hussein i", "hussein bin talal"],
  ["anwar sadat", "anwar el sadat", "sadat", "el sadat"],
  ["mao", "mao zedong", "mao tse tung"],
  ["zhou enlai", "chou en lai"],
  ["deng xiaoping", "teng hsiao ping"],
  ["elizabeth ii", "elizabeth"],
];

const dropped = new Set([
  ...honorifics.map((h) => h.toLowerCase().replace(/\./g, "")),
  // Particles and articles that are written or left out ("Anwar el-Sadat", "De Croo").
  "al",
  "el",
  "bin",
  "ibn",
  "de",
  "da",
  "di",
  "del",
  "van",
  "von",
  "der",
  "e",
  "y",
  "jr",
  "sr",
  // A rank the records write as part of the name or leave out: "Prince Saud al-Faisal", "Saud al-Faisal".
  "prince",
  "princess",
]);

const regnalNumber = /(?<=\p{L}) ([IVX]{1,4})$/u;
/** "Abdullah II" → "II": a regnal number, written in capitals after the name. */
const regnal = (name: string) => regnalNumber.exec(name.trim())?.[1];
const withoutRegnal = (name: string) => name.trim().replace(regnalNumber, "");

/** The words of a name: a regnal number, accents, case, punctuation, initials, honorifics and particles aside. */
export function nameWords(name: string): string[] {
  return foldName(withoutRegnal(name))
    .replace(/\([^)]*\)/g, " ")
    .replace(/[’']/g, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !dropped.has(w));
}

const aliasOf = new Map<string, number>();
knownAliases.forEach((names, i) => {
  for (const n of names) aliasOf.set(nameWords(n).join(" "), i);
});

/** A given name's consonant skeleton: "Mohammad"/"Mohammed", "Sergei"/"Sergey", "Binyamin"/"Benjamin" (j, y, i one sound). */
const skeleton = (w: string) =>
  (w[0] ?? "") +
  w
    .slice(1)
    .replace(/[jy]/g, "i")
    .replace(/[aeiou]/g, "")
    .replace(/(.)\1+/g, "$1");

/** One letter apart ("Ahmed"/"Ahmet"), for words of four letters or more. */
const oneApart = (a: string, b: string) => {
  if (Math.min(a.length, b.length) < 4 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return [a.slice(i + 1) === b.slice(i + 1), a.slice(i) === b.slice(i + 1), a.slice(i + 1) === b.slice(i)].some(
    Boolean,
  );
};

/** Given names as transliterations write them; a family name must be written the same. */
const sameGiven = (a: string, b: string) => a === b || skeleton(a) === skeleton(b) || oneApart(a, b);

/** A family name as written, or (loose) with a slip of one letter: "Gheit"/"Ghait", "Home"/"Hume". */
const sameFamily = (a: string, b: string, loose: boolean) => a === b || (loose && oneApart(a, b));

/** Whether every word of short appears in long, in order (given names as sameGiven, the last as sameFamily). */
const inOrder = (short: string[], long: string[], loose: boolean) => {
  let at = 0;
  for (const [i, w] of long.entries()) {
    const s = short[at];
    if (s !== undefined && (i === long.length - 1 ? sameFamily(w, s, loose) : sameGiven(w, s))) at++;
  }
  return at === short.length;
};

/**
 * True when the two names may be one person's (the same words, or one a shortened form of the other).
 * loose: a family name may differ by one letter, a slip of the records ("Douglas-Hume"); used only to
 * tell whether people a name fits may be one another, never to match a name.
 */
export function sameNames(a: string, b: string, options: { loose?: boolean } = {}): boolean {
  const loose = options.loose ?? false;
  const [wa, wb] = [nameWords(a), nameWords(b)];
  if (!wa.length || !wb.length) return false;
  // "Abdullah II" is "King Abdullah", but Mohammed V is not Mohammed VI.
  const [ra, rb] = [regnal(a), regnal(b)];
  if (ra && rb && ra !== rb) return false;
  const [ja, jb] = [wa.join(" "), wb.join(" ")];
  if (ja === jb) return true;
  const [aa, ab] = [aliasOf.get(ja), aliasOf.get(jb)];
  if (aa !== undefined && aa === ab) return true;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  // Family name first or last: "Kishida Fumio" / "Fumio Kishida".
  if (short.length >= 2 && short.length === long.length && [...short].sort().join(" ") === [...long].sort().join(" "))
    return true;
  // The family name alone, or with some given names: "Kohl", "Recep Erdogan" of "Recep Tayyip Erdogan".
  if (sameFamily(short.at(-1) ?? "", long.at(-1) ?? "", loose) && inOrder(short, long, loose)) return true;
  // A second family name left out: "Pedro Sanchez" of "Pedro Sanchez Perez Castejon".
  return short.length >= 2 && short.every((w, i) => long[i] !== undefined && sameGiven(long[i] as string, w));
}

const ranks = new Set(["sheikh", "shaikh", "sheik"]);

/**
 * Whether a one-word name is the first of a full name's two family names, as Spanish and Portuguese names
 * put the father's before the mother's: "Somoza" of "Anastasio Somoza Debayle", "Arias" of "Oscar Arias
 * Sanchez". The caller asks that the country names so and that they be written near in time (resolve-people.ts).
 */
export function firstSurnameOf(one: string, full: string): boolean {
  const [wa, wb] = [nameWords(one), nameWords(full)];
  return wa.length === 1 && wb.length >= 3 && wa[0] === wb.at(-2);
}

/**
 * Whether two names fit only by leaving out the longer's first given name ("Ziaur Rahman" in "Khaleda Ziaur
 * Rahman", "Javad Zarif" in "Mohammad Javad Zarif"): a husband's or father's name inside another's, or one
 * person's shortened name. The caller asks for other evidence (a title in common) before taking them as one.
 */
export function skipsFirstGiven(a: string, b: string): boolean {
  // A rank written as part of the name or left out ("Sheikh Hamad bin Khalifa al-Thani") is no given name.
  const given = (name: string) => nameWords(name).filter((w) => !ranks.has(w));
  const [wa, wb] = [given(a), given(b)];
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.length < 2 || short.length === long.length) return false;
  return !sameGiven(short[0] ?? "", long[0] ?? "") && sameNames(a, b);
}

const accents = (name: string) => name.normalize("NFD").replace(/[^\p{M}]/gu, "").length;

/**
 * The fullest of several names of one person: most words, then the family name most of them write
 * ("Aboul Gheit", not the slip "Aboul Ghait"), then longest, then accents kept ("Erdoğan"), then the
 * spelling the records write most often (mentions: "Hamid Karzai" many times, the slip "Hamad Karzai" once).
 */
export function fullestName(names: string[], mentions: ReadonlyMap<string, number> = new Map()): string {
  const often = (name: string) => mentions.get(name) ?? 0;
  const family = (name: string) => nameWords(name).at(-1) ?? "";
  const written = new Map<string, number>();
  for (const name of names) written.set(family(name), (written.get(family(name)) ?? 0) + 1);
  const votes = (name: string) => written.get(family(name)) ?? 0;
  return (
    [...names].sort(
      (x, y) =>
        nameWords(y).length - nameWords(x).length ||
        votes(y) - votes(x) ||
        y.length - x.length ||
        accents(y) - accents(x) ||
        often(y) - often(x) ||
        (x < y ? -1 : 1),
    )[0] ?? ""
  );
}
