// "Met with President Heuss and Chancellor Adenauer." → two people, each with the title as reported.
// Conservative: a sentence counts only when EVERY item of its list is "<Title> <Name>"; anything else
// ("senior Chinese officials", "Soviet Foreign Minister Gromyko") leaves the whole sentence as text.

import { titleWords } from "./titles";

export type PersonMet = { title: string; name: string };

// Longest first: "General Secretary Brezhnev" is a General Secretary, not General "Secretary Brezhnev".
const titles = [...titleWords].sort((a, b) => b.length - a.length);
const particles = "al|el|bin|ibn|bint|de|da|di|del|della|van|von|der|la|le|y|dos|do";
const word = "[\\p{Lu}][\\p{L}'’.-]*";
const name = `${word}(?: (?:(?:${particles}) )?${word}){0,3}`;
const item = new RegExp(`^(${titles.join("|")}) (${name})$`, "u");

/** The people a remark says the traveller met, or [] when they cannot be told apart safely. */
export function peopleMet(remarks: string): PersonMet[] {
  const people: PersonMet[] = [];
  for (const sentence of remarks.split(/(?<=[a-z\u00e0-\u024f)]{2})\.\s+/u)) {
    const match = /^Met with (.+?)\.?$/u.exec(sentence.trim());
    if (!match?.[1]) continue;
    const items = match[1].split(/,? and |, /u);
    const parsed = items.map((i) => item.exec(i.trim()));
    if (parsed.every((m) => m && !titles.includes(m[2] ?? ""))) {
      for (const m of parsed) if (m?.[1] && m[2]) people.push({ title: m[1], name: m[2] });
    }
  }
  return people;
}
