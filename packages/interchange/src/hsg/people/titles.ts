// The titles and honorifics the Office of the Historian's records put before a name, in one table:
// "General Secretary Brezhnev" is the General Secretary Brezhnev, not General "Secretary Brezhnev".

/** Offices and ranks, as they are written before a name (matched case-insensitively, longest first). */
export const titleWords = [
  "President-elect",
  "President-designate",
  "Provisional President",
  "Vice President",
  "President",
  "Deputy Prime Minister",
  "Prime Minister",
  "Prime Minster",
  "Vice Premier",
  "Premier",
  "Federal Chancellor",
  "Chancellor",
  "Taoiseach",
  "Crown Prince",
  "Crown Princess",
  "Prince",
  "Princess",
  "Grand Duke",
  "Grand Duchess",
  "King",
  "Queen",
  "Emperor",
  "Empress",
  "Regent",
  "Sultan",
  "Emir",
  "Amir",
  "Sheikh",
  "Shaikh",
  "Shah",
  "Pope",
  "Governor-General",
  "Governor General",
  "General Secretary",
  "Secretary General",
  "Secretary-General",
  "First Secretary",
  "Chairman",
  "Chairwoman",
  "Chief of State",
  "Head of State",
  "Head of Government",
  "Junta Member",
  "Field Marshal",
  "Marshal",
  "Generalissimo",
  "Lieutenant General",
  "Major General",
  "Brigadier General",
  "General",
  "Lieutenant Colonel",
  "Colonel",
  "Admiral",
  "Foreign Minister",
  "Foreign Secretary",
  "Defense Minister",
  "Defence Minister",
  "Finance Minister",
  "Minister",
  "Archbishop",
  "Cardinal",
  "Patriarch",
];

/** Words before a title that qualify it ("Acting President", "former Prime Minister"). */
const qualifiers = ["Acting", "Interim", "former", "Former"];

/** Honorifics before a name: not part of the person's name. */
export const honorifics = ["Sir", "Dame", "Lord", "Lady", "Dr.", "Dr", "Mr.", "Mrs.", "Ms.", "Madame", "Mme.", "H.E."];

const asPattern = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[- ]/g, "[- ]\\s*");
const alternatives = [...titleWords]
  .sort((a, b) => b.length - a.length)
  .map(asPattern)
  .join("|");
const oneTitle = `(?:(?:${qualifiers.join("|")})\\s+)?(?:${alternatives})`;
// Titles joined: "Prime Minister-Prince", "Premier and Prince", "Regent Prince".
const titlePrefix = new RegExp(`^(${oneTitle}(?:(?:\\s*-\\s*|\\s+and\\s+|\\s*&\\s*|\\s+)${oneTitle})*)(?=\\s|$)`, "iu");
const singleTitle = new RegExp(`^(${oneTitle})(?=\\s|$)`, "iu");
const honorificPrefix = new RegExp(`^(?:${honorifics.map((h) => h.replace(/\./g, "\\.")).join("|")})\\s+`, "u");

export type TitledName = { title: string; name: string };

/**
 * Splits "Prime Minister Sir Robert Menzies" into title "Prime Minister" and name "Robert Menzies".
 * The title is as written; the name loses honorifics. title is "" when none is known.
 */
export function splitTitle(text: string): TitledName {
  const clean = text.replace(/\s+/g, " ").trim();
  // "Prime Minister Shah" is a Prime Minister named Shah: a chain of titles leaving no name gives one back.
  for (const pattern of [titlePrefix, singleTitle]) {
    const title = pattern.exec(clean)?.[1]?.trim() ?? "";
    let name = clean.slice(title.length).trim();
    while (honorificPrefix.test(name)) name = name.replace(honorificPrefix, "");
    if (name || pattern === singleTitle) return { title, name };
  }
  return { title: "", name: clean };
}

/** True when the text is a title alone ("President", "Foreign Minister"), with no name after it. */
export const isTitleOnly = (text: string) => {
  const { title, name } = splitTitle(text);
  return title !== "" && name === "";
};
