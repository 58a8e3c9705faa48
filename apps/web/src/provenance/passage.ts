// Splits a source's text around the cited passage, by the citation's character offsets.

export type Passage = { before: string; cited: string; after: string; located: "offsets" | "quote" | "none" };

export function splitPassage(
  content: string,
  citation: { startOffset?: number | null; endOffset?: number | null; quote?: string | null },
): Passage {
  const { startOffset: start, endOffset: end, quote } = citation;
  if (start != null && end != null && start >= 0 && end <= content.length && start < end) {
    return {
      before: content.slice(0, start),
      cited: content.slice(start, end),
      after: content.slice(end),
      located: "offsets",
    };
  }
  // No usable offsets: the quote's first occurrence, when the source holds it verbatim.
  const at = quote ? content.indexOf(quote) : -1;
  if (quote && at >= 0) {
    return {
      before: content.slice(0, at),
      cited: quote,
      after: content.slice(at + quote.length),
      located: "quote",
    };
  }
  return { before: content, cited: "", after: "", located: "none" };
}
