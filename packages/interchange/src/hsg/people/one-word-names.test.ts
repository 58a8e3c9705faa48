import { erasFit, noEra, noteEra } from "./one-word-names";
import { personKey } from "./person-key";
import { resolvePeople } from "./resolve-people";

// One person per row as the shared records write them: [names, title, first, last] on each side.
type Side = [string[], string, string, string];
const person = ([names, title, first, last]: Side) => {
  const era = noEra();
  noteEra(era, first, title);
  noteEra(era, last, title);
  return { names, era };
};

describe("one-word names across time", () => {
  // Not one person, then one person (the records' years and titles).
  const apart = new Set([
    "Faisal / Saud al-Faisal",
    "Stoltenberg (Thorvald) / Jens",
    "Landsbergis (Vytautas) / Gabrielius",
    "Kenyatta (Jomo) / Uhuru",
    "Sabah / Jabir al-Sabah",
    "Salman / Mohammed bin Salman",
    "Prince Saud / Faisal bin Farhan al Saud",
    "Ibn Saud / Saud",
  ]);
  it.each<[string, Side, Side]>([
    [
      "Faisal / Saud al-Faisal",
      [["Faisal"], "King", "1966-06-21", "1975-03-19"],
      [["Saud al-Faisal"], "Foreign Minister", "2013-09-16", "2015-03-04"],
    ],
    [
      "Stoltenberg (Thorvald) / Jens",
      [["Stoltenberg"], "Foreign Minister", "1989-02-13", "1989-02-13"],
      [["Jens Stoltenberg"], "Prime Minister", "2012-05-31", "2012-05-31"],
    ],
    [
      "Landsbergis (Vytautas) / Gabrielius",
      [["Landsbergis"], "President", "1991-09-14", "1991-09-14"],
      [["Gabrielius Landsbergis"], "Foreign Minister", "2022-03-06", "2022-03-06"],
    ],
    [
      "Kenyatta (Jomo) / Uhuru",
      [["Kenyatta"], "President", "1978-01-01", "1978-01-01"],
      [["Uhuru Kenyatta"], "President", "2014-08-05", "2014-08-05"],
    ],
    [
      "Sabah / Jabir al-Sabah",
      [["Sabah"], "Foreign Minister", "2003-09-15", "2004-07-29"],
      [["Jabir al-Sabah"], "Amir", "1996-01-01", "2004-07-29"],
    ],
    [
      "Salman / Mohammed bin Salman",
      [["Salman"], "King", "2015-03-04", "2015-05-06"],
      [["Mohammed bin Salman"], "Crown Prince", "2017-07-11", "2024-10-23"],
    ],
    [
      "Prince Saud / Faisal bin Farhan al Saud",
      [["Prince Saud"], "Foreign Minister", "1990-11-04", "2012-03-30"],
      [["Faisal bin Farhan al Saud"], "Foreign Minister", "2024-10-23", "2024-10-23"],
    ],
    [
      "Ibn Saud / Saud",
      [["Ibn Saud"], "King", "1953-05-18", "1953-05-18"],
      [["Saud"], "King", "1957-01-30", "1962-02-01"],
    ],
    [
      "Erdogan / Recep Tayyip Erdogan",
      [["Erdogan"], "Prime Minister", "2007-11-02", "2009-04-05"],
      [["Recep Tayyip Erdogan"], "President", "2024-01-04", "2024-01-04"],
    ],
    [
      "Babacan / Ali Babacan",
      [["Babacan"], "Foreign Minister", "2007-11-02", "2009-03-07"],
      [["Ali Babacan"], "Deputy Prime Minister", "2012-06-07", "2012-06-07"],
    ],
    [
      "King Hussein 1973 / 1987",
      [["Hussein"], "King", "1971-05-02", "1973-12-15"],
      [["Hussein"], "King", "1987-10-19", "1988-03-03"],
    ],
    [
      "El-Sisi / Abdel Fattah al-Sisi",
      [["El-Sisi"], "President", "2015-08-02", "2015-08-02"],
      [["Abdel Fattah al-Sisi"], "President", "2014-09-13", "2022-11-07"],
    ],
    [
      "Kohl / Helmut Kohl",
      [["Kohl"], "Chancellor", "1983-05-01", "1990-01-01"],
      [["Helmut Kohl"], "Chancellor", "1998-01-01", "1998-01-01"],
    ],
    [
      "names of more words",
      [["Lars Lokke Rasmussen"], "Prime Minister", "2016-06-16", "2016-06-16"],
      [["Rasmussen Lars Lokke"], "", "1950-01-01", "1950-01-01"],
    ],
  ])("%s", (label, a, b) => {
    expect(erasFit(person(a), person(b))).toBe(!apart.has(label));
    expect(erasFit(person(b), person(a))).toBe(!apart.has(label));
  });

  it("keys a one-word name by title and decade, so one key does not gather King Faisal and Foreign Minister Faisal", () => {
    expect(personKey("saudi-arabia", "Faisal", "King", "1973-11-08")).toBe("saudi-arabia/king-faisal-1970s");
    expect(personKey("saudi-arabia", "Faisal", "Foreign Minister", "2024-10-23")).toBe(
      "saudi-arabia/foreign-minister-faisal-2020s",
    );
    expect(personKey("germany", "Helmut Kohl", "Chancellor", "1983-05-01")).toBe("germany/helmut-kohl");
    expect(personKey("unknown", "Faisal")).toBe("unknown/faisal");
  });

  it("resolves King Faisal apart from Saud al-Faisal, and Foreign Minister Faisal of 2024 apart from both", () => {
    const met = (name: string, title: string, date: string) => {
      const era = noEra();
      noteEra(era, date, title);
      return { key: personKey("saudi-arabia", name, title, date), name, countryId: "saudi-arabia", era };
    };
    const people = resolvePeople(
      [
        met("Faisal", "King", "1966-06-21"),
        met("Faisal", "King", "1975-03-19"),
        met("Saud al-Faisal", "Foreign Minister", "2013-09-16"),
        met("Prince Saud al-Faisal", "Foreign Minister", "2013-06-25"),
        met("Faisal", "Foreign Minister", "2024-10-23"),
      ],
      [],
    );
    expect(people.map((p) => p.keys)).toEqual([
      ["saudi-arabia/foreign-minister-faisal-2020s"],
      ["saudi-arabia/king-faisal-1960s", "saudi-arabia/king-faisal-1970s"],
      ["saudi-arabia/prince-saud-al-faisal", "saudi-arabia/saud-al-faisal"],
    ]);
  });

  it("gives a one-word name that fits two people to the one written nearest in time, and a tie to neither", () => {
    const met = (country: string, name: string, title: string, date: string) => {
      const era = noEra();
      noteEra(era, date, title);
      return { key: personKey(country, name, title, date), name, countryId: country, era };
    };
    const keys = (...found: ReturnType<typeof met>[]) => resolvePeople(found, []).map((p) => p.keys);
    expect(
      keys(
        met("india", "Gandhi", "Prime Minister", "1966-03-28"),
        met("india", "Indira Gandhi", "Prime Minister", "1971-11-04"),
        met("india", "Rajiv Gandhi", "Prime Minister", "1985-06-12"),
      ),
    ).toEqual([["india/indira-gandhi", "india/prime-minister-gandhi-1960s"], ["india/rajiv-gandhi"]]);
    // Written as near to both (the same years): neither. (An invented country: Azerbaijan's terms would tell, holders-abroad.ts.)
    expect(
      keys(
        met("ruritania", "Aliyev", "President", "2003-08-01"),
        met("ruritania", "Heydar Aliyev", "President", "2003-02-01"),
        met("ruritania", "Ilham Aliyev", "President", "2003-12-01"),
      ),
    ).toEqual([["ruritania/heydar-aliyev"], ["ruritania/ilham-aliyev"], ["ruritania/president-aliyev-2000s"]]);
    // In Azerbaijan the office's terms tell: Heydar Aliyev was President until 31 October 2003.
    expect(
      keys(
        met("azerbaijan", "Aliyev", "President", "2003-08-01"),
        met("azerbaijan", "Heydar Aliyev", "President", "2003-02-01"),
        met("azerbaijan", "Ilham Aliyev", "President", "2003-12-01"),
      ),
    ).toEqual([["azerbaijan/heydar-aliyev", "azerbaijan/president-aliyev-2000s"], ["azerbaijan/ilham-aliyev"]]);
  });
});
