import { locateQuote, QuoteLocationError } from "./quote";

describe("locateQuote", () => {
  const text = "▴ ROK-NATO cooperation, ▴ the global security situation. Cooperation is crucial.";

  it("gives [start, end) string indices so that slice returns the quote", () => {
    const offsets = locateQuote(text, "the global security situation");
    expect(offsets).toEqual({ startOffset: 26, endOffset: 55 });
    expect(text.slice(offsets.startOffset, offsets.endOffset)).toBe("the global security situation");
  });

  it("fails when the quote is missing, repeated or empty", () => {
    expect(() => locateQuote(text, "North Korea")).toThrow(new QuoteLocationError("North Korea", "is not in the text"));
    expect(() => locateQuote(text, "▴")).toThrow('quote "▴" is in the text twice (at 0 and 24)');
    expect(() => locateQuote(text, "")).toThrow('quote "" is empty');
  });
});
