import { toPrefixQuery, toSearchText } from "./search-text";

describe("toSearchText", () => {
  it("lower-cases, strips accents and collapses whitespace and punctuation", () => {
    expect(toSearchText("  Côte d’Ivoire ", "São\tTomé", null, undefined, "Zürich—Genève!")).toBe(
      "cote d ivoire sao tome zurich geneve",
    );
  });

  it("keeps letters of other scripts whole", () => {
    expect(toSearchText("조태열", "Cho Tae-yul", "Россия")).toBe("조태열 cho tae yul россия");
  });

  it("gives an empty string for nothing", () => {
    expect(toSearchText()).toBe("");
    expect(toSearchText(" ... ", null)).toBe("");
  });
});

describe("toPrefixQuery", () => {
  it("turns words into prefix terms joined by AND", () => {
    expect(toPrefixQuery("South Kor")).toBe("south:* & kor:*");
    expect(toPrefixQuery("Rutte")).toBe("rutte:*");
  });

  it("strips tsquery operators so the query is always valid", () => {
    expect(toPrefixQuery("a & b | !c <-> (d):* 'e'")).toBe("a:* & b:* & c:* & d:* & e:*");
  });

  it("returns null when no word is left", () => {
    expect(toPrefixQuery("")).toBeNull();
    expect(toPrefixQuery(" &|!():* ")).toBeNull();
  });
});
