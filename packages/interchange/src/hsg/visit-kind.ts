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

/** "official working", "state", "private" …, or undefined. */
export function visitKindOf(description: string): string | undefined {
  return pattern.exec(description)?.[1]?.toLowerCase().replace(/\s+/g, " ");
}
