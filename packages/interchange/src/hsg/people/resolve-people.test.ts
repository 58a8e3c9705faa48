import { sameNames } from "./person-names";
import { resolvePeople } from "./resolve-people";

describe("names of one person", () => {
  it.each([
    ["Kohl", "Helmut Kohl"],
    ["Erdogan", "Recep Tayyip Erdoğan"],
    ["Recep Erdogan", "Recep Tayyip Erdogan"],
    ["Kishida Fumio", "Fumio Kishida"],
    ["Leonid Brezhnev", "Leonid I. Brezhnev"],
    ["Brezhnev", "Leonid I. Brezhnev"],
    ["Pedro Sanchez", "Pedro Sánchez Perez-Castejon"],
    ["Anwar Sadat", "Anwar el-Sadat"],
    ["Lula", "Luiz Inácio Lula da Silva"],
    ["Angela Merkel", "Dr. Angela Merkel"],
    ["Sergei Lavrov", "Sergey Lavrov"],
    ["Mohammad Javad Zarif", "Mohammed Javad Zarif"],
    ["Ahmed Davutoglu", "Ahmet Davutoglu"],
    ["Radoslaw Sikorski", "Radosław Sikorski"],
    ["Suleiman Demirel", "Suleyman Demirel"],
    ["Abdullah", "Abdullah II"],
    ["Hassan II", "King Hassan"],
    ["Prince Saud al-Faisal", "Saud al-Faisal"],
    // j, y and i one sound in transliterations: the travels' Benjamin is the visits' Binyamin and Benyamin.
    ["Benjamin Netanyahu", "Binyamin Netanyahu"],
    ["Benyamin Netanyahu", "Binyamin Netanyahu"],
    ["Yevgeny Primakov", "Yevgeniy Primakov"],
    // đ written dj (Serbian, Croatian) or d (Vietnamese).
    ["Milo Djukanovic", "Milo Đukanović"],
    ["Tudjman", "Franjo Tuđman"],
    ["Do Muoi", "Đỗ Mười"],
  ])("%s / %s", (a, b) => {
    expect(sameNames(a, b)).toBe(true);
    expect(sameNames(b, a)).toBe(true);
  });

  it.each([
    ["Heydar Aliyev", "Ilham Aliyev"],
    ["Indira Gandhi", "Rajiv Gandhi"],
    ["Kohl", "Kohler"],
    ["Fumio Kishida", "Nobuo Kishi"],
    ["Uffe Ellemann-Jensen", "Kristian Jensen"],
    ["Kim Dae-jung", "Kim Jong-un"],
    ["Benazir Bhutto", "Zulfikar Ali Bhutto"],
    ["Mohammed V", "Mohammed VI"],
    ["John Paul I", "John Paul II"],
  ])("%s is not %s", (a, b) => {
    expect(sameNames(a, b)).toBe(false);
  });
});

describe("resolving people", () => {
  const found = (key: string, name: string, countryId: string) => ({ key, name, countryId });

  it("joins a person to the database's by name and country group (turkey and turkiye are TR)", () => {
    const [erdogan, ...rest] = resolvePeople(
      [found("turkiye/recep-tayyip-erdogan", "Recep Tayyip Erdoğan", "turkiye")],
      [
        {
          actorId: "a1",
          name: "Erdogan",
          aliases: [],
          keys: ["turkey/erdogan"],
          countries: [{ scheme: "hsg-country", value: "turkey" }],
        },
      ],
    );
    expect(rest).toEqual([]);
    expect(erdogan).toMatchObject({
      actorId: "a1",
      keys: ["turkey/erdogan", "turkiye/recep-tayyip-erdogan"],
      name: "Recep Tayyip Erdoğan",
      aliases: ["Erdogan"],
    });
  });

  it("leaves a name that fits two people who are not one alone", () => {
    const people = resolvePeople(
      [
        found("azerbaijan/aliyev", "Aliyev", "azerbaijan"),
        found("azerbaijan/heydar-aliyev", "Heydar Aliyev", "azerbaijan"),
        found("azerbaijan/ilham-aliyev", "Ilham Aliyev", "azerbaijan"),
      ],
      [],
    );
    expect(people.map((p) => p.keys)).toEqual([
      ["azerbaijan/aliyev"],
      ["azerbaijan/heydar-aliyev"],
      ["azerbaijan/ilham-aliyev"],
    ]);
  });

  // The records' own slips: Travels write "Aboul Ghait" once beside "Aboul Gheit" and "Gheit"; Visits
  // write "Gro Harlem Bruntland" once. A full name that fits both makes them one person.
  it("joins the people a full name fits when they differ by a one-letter slip of the family name", () => {
    const people = resolvePeople(
      [
        found("egypt/gheit", "Gheit", "egypt"),
        found("egypt/aboul-gheit", "Aboul Gheit", "egypt"),
        found("egypt/aboul-ghait", "Aboul Ghait", "egypt"),
        found("norway/gro-harlem-brundtland", "Gro Harlem Brundtland", "norway"),
        found("norway/gro-harlem-bruntland", "Gro Harlem Bruntland", "norway"),
      ],
      [{ actorId: "b1", name: "Brundtland", aliases: [], keys: ["norway/brundtland"], countries: [] }],
    );
    expect(people.map((p) => [p.name, p.keys])).toEqual([
      ["Aboul Gheit", ["egypt/aboul-ghait", "egypt/aboul-gheit", "egypt/gheit"]],
      ["Gro Harlem Brundtland", ["norway/brundtland", "norway/gro-harlem-brundtland", "norway/gro-harlem-bruntland"]],
    ]);
  });

  // A slip written once must not win over the spelling written many times: both are the same length,
  // with no accents, and "Hamad" sorts first. Records are counted once, the database's and the reader's.
  it("names a person by the spelling most records write, accents first", () => {
    const writtenIn = (...spellings: [string, string[]][]) => new Map(spellings.map(([s, ids]) => [s, new Set(ids)]));
    const people = resolvePeople(
      [
        {
          ...found("afghanistan/hamad-karzai", "Hamad Karzai", "afghanistan"),
          mentions: writtenIn(["Hamad Karzai", ["t:1"]]),
        },
        {
          ...found("afghanistan/hamid-karzai", "Hamid Karzai", "afghanistan"),
          mentions: writtenIn(["Hamid Karzai", ["t:2", "t:3"]]),
        },
        {
          ...found("turkey/recep-tayyip-erdogan", "Recep Tayyip Erdogan", "turkey"),
          mentions: writtenIn(["Recep Tayyip Erdogan", ["t:4", "t:5"]], ["Recep Tayyip Erdoğan", ["t:6"]]),
        },
        {
          ...found("israel/binyamin-netanyahu", "Binyamin Netanyahu", "israel"),
          mentions: writtenIn(["Binyamin Netanyahu", ["v:1", "v:2"]]),
        },
      ],
      [
        {
          actorId: "n",
          name: "Binyamin Netanyahu",
          aliases: ["Benjamin Netanyahu"],
          keys: ["israel/benjamin-netanyahu", "israel/binyamin-netanyahu"],
          countries: [],
          // Three stored trips write Benjamin; the two visits read again are stored already.
          mentions: writtenIn(["Benjamin Netanyahu", ["t:7", "t:8", "t:9"]], ["Binyamin Netanyahu", ["v:1", "v:2"]]),
        },
      ],
    );
    expect(people.map((p) => [p.name, p.aliases])).toEqual([
      ["Hamid Karzai", ["Hamad Karzai"]],
      ["Benjamin Netanyahu", ["Binyamin Netanyahu"]],
      ["Recep Tayyip Erdoğan", ["Recep Tayyip Erdogan"]],
    ]);
  });

  it("makes one person of three spellings of a given name, whichever import held one of them", () => {
    const netanyahu = [
      found("israel/benjamin-netanyahu", "Benjamin Netanyahu", "israel"),
      found("israel/binyamin-netanyahu", "Binyamin Netanyahu", "israel"),
      found("israel/benyamin-netanyahu", "Benyamin Netanyahu", "israel"),
    ];
    const keys = netanyahu.map((n) => n.key).sort();
    expect(resolvePeople(netanyahu, []).map((p) => p.keys)).toEqual([keys]);
    // The travels first (Benjamin stored), then the visits (Binyamin, Benyamin): one actor, as the other way round.
    const stored = { actorId: "n", name: "Benjamin Netanyahu", aliases: [], countries: [] };
    const [benjamin, ...visits] = netanyahu;
    expect(resolvePeople(visits, [{ ...stored, keys: [benjamin?.key ?? ""] }]).map((p) => [p.keys, p.actorId])).toEqual(
      [[keys, "n"]],
    );
  });

  it("never matches a name by a slip alone: Home and Hume of one country stay two people", () => {
    const people = resolvePeople(
      [found("united-kingdom/home", "Home", "united-kingdom"), found("united-kingdom/hume", "Hume", "united-kingdom")],
      [],
    );
    expect(people.map((p) => p.keys)).toEqual([["united-kingdom/home"], ["united-kingdom/hume"]]);
    expect(sameNames("Home", "Hume", { loose: true })).toBe(true);
    expect(sameNames("Home", "Hume")).toBe(false);
  });
  it("does not join people of different countries, and gives a summit's unknown the country it joins", () => {
    const people = resolvePeople(
      [
        found("germany/kohl", "Kohl", "germany"),
        found("austria/kohl", "Kohl", "austria"),
        found("unknown/helmut-kohl", "Helmut Kohl", ""),
        found("germany/helmut-kohl", "Helmut Kohl", "germany"),
      ],
      [],
    );
    expect(people.map((p) => [p.keys, p.country?.value ?? null])).toEqual([
      [["austria/kohl"], "austria"],
      [["germany/helmut-kohl", "germany/kohl", "unknown/helmut-kohl"], "germany"],
    ]);
  });

  it("joins a summit's unknowns written alike to the person of a known country they fit, not only to one another", () => {
    const people = resolvePeople(
      [
        found("unknown/prime-minister-erdogan-2000s", "Erdogan", ""),
        found("unknown/prime-minister-erdogan-2010s", "Erdogan", ""),
        found("turkey/recep-tayyip-erdogan", "Recep Tayyip Erdogan", "turkey"),
      ],
      [],
    );
    expect(people.map((p) => [p.keys.length, p.country?.value ?? null])).toEqual([[3, "turkey"]]);
  });

  it("does not merge two actors of the database into one", () => {
    const people = resolvePeople(
      [found("israel/netanyahu", "Netanyahu", "israel")],
      [
        { actorId: "a", name: "Benjamin Netanyahu", aliases: [], keys: ["israel/benjamin-netanyahu"], countries: [] },
        { actorId: "b", name: "B. Netanyahu", aliases: [], keys: ["israel/b-netanyahu"], countries: [] },
      ],
    );
    expect(people.map((p) => [p.keys, p.actorId ?? null])).toEqual([[["israel/netanyahu"], null]]);
  });
});
