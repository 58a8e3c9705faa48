import { honorificOf, splitTitle, type TitledName } from "./titles";

/**
 * The people of a <visitor>: "President Francesco Cossiga and Prime Minister Giulio Andreotti" is two,
 * each with the title as written. A list is split only when every part has a title (or an honorific:
 * "Prime Minister Shinzo Abe and Mrs. Akie Abe") and a name ("Premier and Prince Sihanouk" is one
 * person); a visitor with no known title is a name alone.
 */
export function visitorsOf(text: string): TitledName[] {
  const clean = text.replace(/\s+/g, " ").trim();
  if (!clean) return [];
  const parts = clean.split(/,? and |, |; /u).map((p) => {
    const split = splitTitle(p);
    return split.title ? split : { ...split, title: honorificOf(p) ?? "" };
  });
  if (parts.length > 1 && parts.every((p) => p.title && p.name)) return parts;
  const one = splitTitle(clean);
  return [one.name ? one : { title: "", name: clean }];
}
