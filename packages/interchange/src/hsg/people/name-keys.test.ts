import type { Era } from "./one-word-names";
import { resolvePeople } from "./resolve-people";

const era = (title: string, first: string, last = first): Era => ({ titles: new Set([title]), first, last });

describe("a stored person's one-word keys decided again", () => {
  // Travels alone joined "Prime Minister Rasmussen" of 2004-2008 to Lars Lokke (2016); visits bring Poul Nyrup.
  const larsLokke = {
    actorId: "a1",
    name: "Lars Lokke Rasmussen",
    aliases: ["Rasmussen"],
    keys: ["denmark/lars-lokke-rasmussen", "denmark/prime-minister-rasmussen-2000s"],
    countries: [{ scheme: "hsg-country", value: "denmark" }],
    era: era("prime minister", "2004-04-29", "2016-06-16"),
    appearances: [
      { engagementId: "e1", title: "Prime Minister", date: "2004-04-29" },
      { engagementId: "e2", title: "Prime Minister", date: "2008-12-04" },
      { engagementId: "e3", title: "Prime Minister", date: "2016-06-16" },
    ],
  };
  const poulNyrup = {
    key: "denmark/poul-nyrup-rasmussen",
    name: "Poul Nyrup Rasmussen",
    countryId: "denmark",
    era: era("prime minister", "1993-05-06", "1999-04-23"),
  };

  it("takes the key, with the engagements written for it, from the person it no longer fits alone", () => {
    const people = resolvePeople([poulNyrup], [larsLokke]);
    expect(people.map((p) => [p.keys, p.actorId, p.moves])).toEqual([
      [["denmark/poul-nyrup-rasmussen"], undefined, undefined],
      [
        ["denmark/prime-minister-rasmussen-2000s"],
        undefined,
        [{ key: "denmark/prime-minister-rasmussen-2000s", from: "a1", engagements: ["e1", "e2"] }],
      ],
    ]);
  });

  it("decides it again only when the import writes in full someone of its country its name fits", () => {
    const elsewhere = { ...poulNyrup, key: "norway/poul-nyrup-rasmussen", countryId: "norway" };
    expect(resolvePeople([elsewhere], [larsLokke]).flatMap((p) => p.moves ?? [])).toEqual([]);
  });

  it("leaves it where it is when nothing new tells otherwise: a second import moves nothing", () => {
    const people = resolvePeople(
      [
        {
          ...poulNyrup,
          key: "denmark/lars-lokke-rasmussen",
          name: "Lars Lokke Rasmussen",
          era: era("prime minister", "2016-06-16"),
        },
      ],
      [larsLokke],
    );
    expect(people.map((p) => [p.keys, p.actorId, p.moves])).toEqual([
      [["denmark/lars-lokke-rasmussen", "denmark/prime-minister-rasmussen-2000s"], "a1", undefined],
    ]);
  });
});
