/** Text for the search_text columns: lower case, no accents, words separated by single spaces. */
export function toSearchText(...parts: ReadonlyArray<string | null | undefined>): string {
  return (
    parts
      .filter((part): part is string => typeof part === "string")
      .join(" ")
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      // Recompose what NFD split apart that is not an accent (Hangul syllables).
      .normalize("NFC")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim()
  );
}

/** The words of a search as toSearchText writes them: "South Kor" → ["south", "kor"]. */
export function prefixWords(text: string): string[] {
  return toSearchText(text).split(" ").filter(Boolean);
}

/** A prefix query for to_tsquery('simple', …): "South Kor" → "south:* & kor:*"; null when nothing is left. */
export function toPrefixQuery(text: string): string | null {
  const words = prefixWords(text);
  return words.length ? words.map((word) => `${word}:*`).join(" & ") : null;
}
