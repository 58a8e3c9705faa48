import { likelyDuplicates, type PersonRow } from "./likely-duplicates";

const person = (id: string, name: string, countries: string[]): PersonRow => ({
  id,
  name,
  identifiers: [`hsg-met:${id}`],
  countries,
  engagements: 1,
});

describe("likely duplicate people", () => {
  it("pairs a surname with the full name, and the same name spelled with accents, within one country", () => {
    const pairs = likelyDuplicates([
      person("1", "Netanyahu", ["Israel"]),
      person("2", "Benjamin Netanyahu", ["Israel"]),
      person("3", "Erdogan", ["Turkey"]),
      person("4", "Erdoğan", ["Turkey"]),
      person("5", "Kohl", ["Germany"]),
      person("6", "Helmut Schmidt", ["Germany"]),
      person("7", "Kohl", ["Austria"]),
      person("8", "Rudolphus F. M. (Ruud) Lubbers", ["Netherlands"]),
      person("9", "Lubbers", ["Netherlands"]),
      // A son named after his father: "bin Hamad Al Khalifa" is not evidence that he is Hamad.
      person("10", "Hamad Al Khalifa", ["Bahrain"]),
      person("11", "Salman bin Hamad Al Khalifa", ["Bahrain"]),
      person("12", "Aquino", ["Philippines"]),
      person("13", "Benigno Aquino", ["Philippines"]),
      person("14", "Corazon C. Aquino", ["Philippines"]),
    ]);
    expect(pairs.map((p) => [p.a.name, p.b.name, p.evidence])).toEqual([
      [
        "Aquino",
        "Benigno Aquino",
        '"Aquino" is the end of "Benigno Aquino"; both represent Philippines; "Aquino" fits 2 people, so which one is not known',
      ],
      ["Netanyahu", "Benjamin Netanyahu", '"Netanyahu" is the end of "Benjamin Netanyahu"; both represent Israel'],
      [
        "Aquino",
        "Corazon C. Aquino",
        '"Aquino" is the end of "Corazon C. Aquino"; both represent Philippines; "Aquino" fits 2 people, so which one is not known',
      ],
      ["Erdogan", "Erdoğan", "the same name, accents and case aside; both represent Turkey"],
      [
        "Lubbers",
        "Rudolphus F. M. (Ruud) Lubbers",
        '"Lubbers" is the end of "Rudolphus F. M. (Ruud) Lubbers"; both represent Netherlands',
      ],
    ]);
  });

  it("leaves out a one-word name that the office holders' terms give to another holder (holders-abroad.ts)", () => {
    const greek = (id: string, name: string, first: string, last = first): PersonRow => ({
      ...person(id, name, ["Greece"]),
      countryIds: ["greece"],
      era: { titles: new Set(["prime minister"]), first, last },
    });
    // Andreas Papandreou as the records give him: "Prime Minister Papandreou" of 1982-1989 and in full in 1994.
    const andreas = greek("2", "Andreas Papandreou", "1982-05-15", "1994-04-22");
    const pairs = (date: string) => likelyDuplicates([greek("1", "Papandreou", date), andreas]).map((p) => p.a.name);
    // 1964: Georgios Papandreou's term, 18 years from Andreas's first; 1986 is Andreas's.
    expect(pairs("1964-06-24")).toEqual([]);
    expect(pairs("1986-03-25")).toEqual(["Papandreou"]);
  });
});
