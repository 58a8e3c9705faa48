// People of one family name and one country whom the records write both in full and by the family name
// alone: a given name in one record that is not another's keeps them two, however the one-word mentions
// would chain them, and each one-word mention goes to the one written nearest in time. Each row is a
// family of the shared records (the dates and titles as written there, the missing full name added).
import { noEra, noteEra } from "./one-word-names";
import { personKey } from "./person-key";
import { resolvePeople } from "./resolve-people";

type Mention = [name: string, title: string, date: string];

const met = (country: string, [name, title, date]: Mention) => {
  const era = noEra();
  noteEra(era, date, title);
  return { key: personKey(country, name, title, date), name, countryId: country, era };
};
/** The people resolved, each as its names (the full name first), in order of the first name. */
const people = (country: string, mentions: Mention[]) =>
  resolvePeople(
    mentions.map((m) => met(country, m)),
    [],
  )
    .map((p) => [p.name, ...p.aliases].join(" | "))
    .sort();

describe("people of one family name", () => {
  it.each<[string, string, Mention[], string[]]>([
    [
      "Jaswant and Manmohan Singh",
      "india",
      [
        ["Jaswant Singh", "Foreign Minister", "2000-03-21"],
        ["Singh", "Foreign Minister", "2002-01-17"],
        ["Manmohan Singh", "Prime Minister", "2009-07-17"],
        ["Singh", "Prime Minister", "2008-10-04"],
      ],
      ["Jaswant Singh | Singh", "Manmohan Singh | Singh"],
    ],
    [
      "Hafez and Bashar al-Assad, through 'President Assad' of each decade",
      "syria",
      [
        ["Assad", "President", "1974-01-20"],
        ["Assad", "President", "1983-07-06"],
        ["Hafez al-Assad", "President", "1994-01-16"],
        ["Assad", "President", "1996-02-07"],
        ["Bashar Assad", "President", "2000-06-13"],
        ["Assad", "President", "2002-04-17"],
      ],
      // The 1970s and 1980s stay apart from both: a name ending in "al-…" joins a one-word name only within
      // ten years (one-word-names.ts, for "Saud al-Faisal"), and Bashar's years are too far from theirs.
      ["Assad", "Bashar Assad | Assad", "Hafez al-Assad | Assad"],
    ],
    [
      "Anders Fogh, Lars Lokke and Poul Nyrup Rasmussen",
      "denmark",
      [
        ["Poul Nyrup Rasmussen", "Prime Minister", "1997-06-10"],
        ["Anders Fogh Rasmussen", "Prime Minister", "2003-06-10"],
        ["Rasmussen", "Prime Minister", "2004-04-29"],
        ["Rasmussen", "Prime Minister", "2008-12-04"],
        ["Lars Lokke Rasmussen", "Prime Minister", "2016-06-16"],
      ],
      ["Anders Fogh Rasmussen | Rasmussen", "Lars Lokke Rasmussen", "Poul Nyrup Rasmussen"],
    ],
    [
      "Corazon and Benigno Aquino: 'President Aquino' of the 1980s is Corazon",
      "philippines",
      [
        ["Aquino", "President", "1986-05-08"],
        ["Aquino", "President", "1988-07-11"],
        ["Corazon C. Aquino", "President", "1986-09-15"],
        ["Benigno Aquino", "President", "2013-12-17"],
      ],
      ["Benigno Aquino", "Corazon C. Aquino | Aquino"],
    ],
    [
      "Khaleda Zia and Ziaur Rahman: her name holds his, but no title or years in common",
      "bangladesh",
      [
        ["Ziaur Rahman", "President", "1980-08-27"],
        ["Khaleda Ziaur Rahman", "Prime Minister", "1992-03-17"],
      ],
      ["Khaleda Ziaur Rahman", "Ziaur Rahman"],
    ],
    [
      "one person's name without its first given name, under one title, stays one (Javad Zarif)",
      "iran",
      [
        ["Mohammad Javad Zarif", "Foreign Minister", "2015-03-16"],
        ["Javad Zarif", "Foreign Minister", "2014-01-22"],
      ],
      ["Mohammad Javad Zarif | Javad Zarif"],
    ],
  ])("%s", (_label, country, mentions, expected) => {
    expect(people(country, mentions)).toEqual(expected);
  });

  it("keeps 'President Aquino' of the 1980s from Benigno Aquino when only he is known (the travels alone)", () => {
    const mentions: Mention[] = [
      ["Aquino", "President", "1986-05-08"],
      ["Aquino", "President", "1988-07-11"],
      ["Benigno Aquino", "President", "2013-12-17"],
    ];
    expect(people("philippines", mentions)).toEqual(["Aquino", "Benigno Aquino"]);
  });
});
