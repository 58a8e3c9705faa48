// Local copy of @accord/domain's toSearchText/toPrefixQuery until the seed branch lands; swap then.

/** Lower case, no accents, words separated by single spaces: the form of the search_text columns. */
export function normalizeSearchText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A prefix query for to_tsquery('simple', …): "South Kor" → "south:* & kor:*"; null when nothing is left. */
export function toPrefixQuery(text: string): string | null {
  const words = normalizeSearchText(text).split(" ").filter(Boolean);
  return words.length ? words.map((word) => `${word}:*`).join(" & ") : null;
}
