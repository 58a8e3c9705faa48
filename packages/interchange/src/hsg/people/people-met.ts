// "Met with President Heuss and Chancellor Adenauer." → two people, each with the title as reported.
// Conservative: a sentence counts only when EVERY item of its list is "[Nationality] <Title> <Name>"
// ("Soviet Foreign Minister Gromyko"); anything else ("senior Chinese officials") leaves it as text.

import { nationalityPattern } from "./nationalities";
import { titleWords } from "./titles";

/**
 * nationality: the word before the title ("Soviet"), when the remark gives one; of: the place after the
 * name ("King Abdullah II of Jordan" → "Jordan"), which may or may not be a country.
 */
export type PersonMet = { title: string; name: string; nationality?: string; of?: string };

// Longest first: "General Secretary Brezhnev" is a General Secretary, not General "Secretary Brezhnev".
const titles = [...titleWords].sort((a, b) => b.length - a.length);
const particles = "al|el|bin|ibn|bint|de|da|di|del|della|van|von|der|la|le|y|dos|do";
const word = "[\\p{Lu}][\\p{L}'’.-]*";
// A particle may be joined to the family name: "Abdel Fattah al-Sisi".
const name = `${word}(?: (?:(?:${particles}) |(?:${particles})-)?${word}){0,3}`;
const of = `(?: of (?:the )?(${word}(?: ${word}){0,3}))?`;
const item = new RegExp(`^(?:(${nationalityPattern}) )?(${titles.join("|")}) (${name})${of}$`, "u");
// The last item may run on into a phrase of the sentence: "… and Foreign Secretary Douglas-Home en route to the airport".
const lastItem = new RegExp(
  `^(?:(${nationalityPattern}) )?(${titles.join("|")}) (${name})${of}(?: (?!(?:${particles})[ -])\\p{Ll}.*)?$`,
  "u",
);

/** The people a remark says the traveller met, or [] when they cannot be told apart safely. */
export function peopleMet(remarks: string): PersonMet[] {
  const people: PersonMet[] = [];
  for (const sentence of remarks.split(/(?<=[a-z\u00e0-\u024f)]{2})\.\s+/u)) {
    const match = /^(?:Also met|Met also|Met) with (.+?)\.?$/u.exec(sentence.trim());
    if (!match?.[1]) continue;
    // "Met with Prime Minister X and attended the summit": the list ends where a lower-case clause begins.
    const list = match[1].split(/,? and (?=\p{Ll})/u)[0] ?? "";
    const items = list.split(/,? and |, /u);
    const parsed = items.map((i, at) => (at === items.length - 1 ? lastItem : item).exec(i.trim()));
    if (parsed.every((m) => m && !titles.includes(m[3] ?? ""))) {
      for (const m of parsed)
        if (m?.[2] && m[3])
          people.push({
            title: m[2],
            name: m[3],
            ...(m[1] ? { nationality: m[1] } : {}),
            ...(m[4] ? { of: m[4] } : {}),
          });
    }
  }
  return people;
}
