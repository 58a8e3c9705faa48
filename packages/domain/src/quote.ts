/** Offsets of a quote in a text: JavaScript string indices, [start, end). */
export type QuoteOffsets = { startOffset: number; endOffset: number };

export class QuoteLocationError extends Error {
  override readonly name = "QuoteLocationError";
  constructor(
    readonly quote: string,
    reason: string,
  ) {
    super(`quote "${quote.length > 80 ? `${quote.slice(0, 77)}...` : quote}" ${reason}`);
  }
}

/** Finds the one place a quote stands in a text; a missing or repeated quote is an error. */
export function locateQuote(text: string, quote: string): QuoteOffsets {
  if (quote.length === 0) throw new QuoteLocationError(quote, "is empty");
  const startOffset = text.indexOf(quote);
  if (startOffset < 0) throw new QuoteLocationError(quote, "is not in the text");
  const again = text.indexOf(quote, startOffset + 1);
  if (again >= 0) throw new QuoteLocationError(quote, `is in the text twice (at ${startOffset} and ${again})`);
  return { startOffset, endOffset: startOffset + quote.length };
}
