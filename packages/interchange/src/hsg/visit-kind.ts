// The kind of a visit as the description states it: "Official working visit.", "Met with President Bush
// during a private visit." The first kind named wins; a description that names none has no kind.

const kinds = [
  "official working",
  "state",
  "official",
  "working",
  "private",
  "informal",
  "unofficial",
  "pastoral",
  "personal",
  "semi-official",
  "ceremonial",
  "courtesy",
  "social",
  "goodwill",
];
const pattern = new RegExp(`\\b(${kinds.join("|")})\\s+visit\\b`, "iu");
// A kind the list does not name, as a later file may write it ("Transit visit."): the one or two words
// a description opens with before "visit", articles and pronouns aside ("A visit to ..." names none).
const opening =
  /^((?!(?:a|an|the|his|her|its|their|this|that)\s)[\p{L}-]+(?:\s+(?!(?:a|an|the)\s)[\p{L}-]+)?)\s+visit\b/iu;

/** "official working", "state", "private" …, or undefined. */
export function visitKindOf(description: string): string | undefined {
  const kind = pattern.exec(description)?.[1] ?? opening.exec(description.trim())?.[1];
  return kind?.toLowerCase().replace(/\s+/g, " ");
}
