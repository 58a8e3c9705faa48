// The titles and honorifics the Office of the Historian's records put before a name, in one table:
// "General Secretary Brezhnev" is the General Secretary Brezhnev, not General "Secretary Brezhnev".

import { hsgCountryToIso } from "../countries";
import { slug } from "./slug";

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
  "Chief Executive",
  "State Counselor",
  "State Counsellor",
  "High Representative",
  "Supreme Leader",
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
// "Chancellor-elect", "Prime Minister-designate": any title may be one to come.
const oneTitle = `(?:(?:${qualifiers.join("|")})\\s+)?(?:${alternatives})(?:\\s*-\\s*(?:elect|designate))?`;
// Titles joined: "Prime Minister-Prince", "Premier and Prince", "Regent Prince".
const titleChain = `${oneTitle}(?:(?:\\s*-\\s*|\\s+and\\s+|\\s*&\\s*|\\s+)${oneTitle})*`;
const titlePrefix = new RegExp(`^(${titleChain})(?=\\s|$)`, "iu");
const singleTitle = new RegExp(`^(${oneTitle})(?=\\s|$)`, "iu");
// A body or a place before the title, kept in the title as written: "NATO Secretary General", "European
// Council President", "Afghan President", "His Holiness Pope". Up to three words, each capitalised.
const namedBefore = new RegExp(`^((?:[\\p{Lu}][\\p{L}'’.]*\\s+){1,3}?(?:${oneTitle}))\\s+(?=\\p{Lu})`, "u");
/**
 * Nouns that end an office the table does not list, as a later file may write it: "Chief Adviser Fakhruddin
 * Ahmed", "Captain Regent …". Read only when no listed title is found, up to three capitalised words.
 */
const officeNouns =
  "Adviser|Advisor|Counselor|Counsellor|Leader|Regent|Master|Governor|Speaker|Mayor|Commissioner|Representative|Envoy|Administrator|Ruler";
const unlistedTitle = new RegExp(
  `^((?:[\\p{Lu}][\\p{L}'’.-]*\\s+){0,2}(?:[\\p{Lu}][\\p{L}]*-)?(?:${officeNouns}))\\s+(?=\\p{Lu})`,
  "u",
);
const honorificPrefix = new RegExp(`^(?:${honorifics.map((h) => h.replace(/\./g, "\\.")).join("|")})\\s+`, "u");

/** Words that end the name of a body: "President of the Council of Ministers Hussain Mohammad Ershad". */
const bodyNouns =
  "Commission|Council|Ministers|Presidium|Government|Republic|Federation|Union|Nations|Assembly|Parliament|Authority|Senate|Congress|Committee|Board|Party|States|Cabinet|Conference|Organization|Organisation|Bank|Fund|Court|Kingdom|Emirates|Community|Forces|Alliance|NATO|OAS|OAU|OSCE";
const ofBody = new RegExp(
  `^of (?:the )?(?:[\\p{Lu}][\\p{L}'’.-]* (?:(?:of|and|for|the) )*){0,4}(?:${bodyNouns})(?=\\s)`,
  "u",
);

export type TitledName = { title: string; name: string };

const ofPlace = /^of (?:the )?([\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,2})/u;

/** "of Mexico" or "of the United Kingdom" at the start of the text: the longest run of words naming a country. */
function ofCountry(rest: string): string | undefined {
  const words = ofPlace.exec(rest)?.[1]?.split(" ") ?? [];
  for (let n = words.length; n > 0; n--) {
    const place = words.slice(0, n).join(" ");
    if (slug(place) in hsgCountryToIso) return rest.slice(0, rest.indexOf(place) + place.length);
  }
  return undefined;
}

/** The title found at the start, with the body or country it is of ("President of the European Commission"). */
function withBody(clean: string, title: string): string {
  const rest = clean.slice(title.length).trim();
  const body = ofBody.exec(rest)?.[0] ?? ofCountry(rest);
  return body ? `${title} ${body}` : title;
}

/** The honorific a text starts with ("Mrs." of "Mrs. Akie Abe"), if any. */
export const honorificOf = (text: string) => honorificPrefix.exec(text.trim())?.[0].trim();

/**
 * Splits "Prime Minister Sir Robert Menzies" into title "Prime Minister" and name "Robert Menzies".
 * The title is as written; the name loses honorifics. title is "" when none is known.
 */
export function splitTitle(text: string): TitledName {
  const clean = text.replace(/\s+/g, " ").trim();
  // "Prime Minister Shah" is a Prime Minister named Shah: a chain of titles leaving no name gives one back.
  for (const pattern of [titlePrefix, singleTitle, namedBefore]) {
    const found = pattern.exec(clean)?.[1]?.trim() ?? "";
    const title = found ? withBody(clean, found) : "";
    let name = clean.slice(title.length).trim();
    while (honorificPrefix.test(name)) name = name.replace(honorificPrefix, "");
    if (title && name) return { title, name };
    if (pattern === singleTitle && title) return { title, name };
  }
  let name = clean;
  while (honorificPrefix.test(name)) name = name.replace(honorificPrefix, "");
  const unlisted = unlistedTitle.exec(name)?.[1];
  if (unlisted) return { title: unlisted, name: name.slice(unlisted.length).trim() };
  return { title: "", name };
}

/** True when the text is a title alone ("President", "Foreign Minister"), with no name after it. */
export const isTitleOnly = (text: string) => {
  const { title, name } = splitTitle(text);
  return title !== "" && name === "";
};
