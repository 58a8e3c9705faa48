import { splitPassage } from "../src/provenance/passage";

const content = "Foreign Minister Cho met Mark Rutte in Brussels on April 2.";

describe("the cited passage in its source", () => {
  it("is cut at the citation's offsets", () => {
    expect(splitPassage(content, { startOffset: 25, endOffset: 35, quote: "anything" })).toEqual({
      before: "Foreign Minister Cho met ",
      cited: "Mark Rutte",
      after: " in Brussels on April 2.",
      located: "offsets",
    });
  });

  it("is found by its quote when the offsets are missing or out of the text", () => {
    const byQuote = { before: "Foreign Minister Cho met Mark Rutte in ", cited: "Brussels", after: " on April 2." };
    expect(splitPassage(content, { quote: "Brussels" })).toEqual({ ...byQuote, located: "quote" });
    expect(splitPassage(content, { startOffset: 10, endOffset: 999, quote: "Brussels" })).toEqual({
      ...byQuote,
      located: "quote",
    });
    expect(splitPassage(content, { startOffset: 30, endOffset: 30, quote: "Brussels" }).located).toBe("quote");
  });

  it("is not located when neither offsets nor quote find it", () => {
    expect(splitPassage(content, { quote: "Seoul" })).toEqual({
      before: content,
      cited: "",
      after: "",
      located: "none",
    });
    expect(splitPassage(content, {})).toEqual({ before: content, cited: "", after: "", located: "none" });
  });
});
