// People of one family name and country as the shared records write them (names, titles and dates as
// there; a full name they lack is marked "not in the shared data"), labelled by hand: who is one person
// and who is not. Each row is resolved on its own, as one import; the last tests resolve in two imports.
import { funeralOf } from "./funerals";
import { type Era, joinEras, noEra, noteEra } from "./one-word-names";
import { personKey } from "./person-key";
import { type FoundPerson, type KnownPerson, resolvePeople } from "./resolve-people";

type Mention = [name: string, title: string, date: string];

const found = (country: string, mentions: Mention[]): FoundPerson[] =>
  mentions.map(([name, title, date]) => {
    const era = noEra();
    noteEra(era, date, title);
    return { key: personKey(country, name, title, date), name, countryId: country, era };
  });
/** Each person resolved, as its names (the name first, then its aliases), sorted. */
const people = (found: FoundPerson[], known: KnownPerson[] = []) =>
  resolvePeople(found, known)
    .map((p) => [p.name, ...p.aliases].join(" | "))
    .sort();

/** The database after an import of these: one actor per resolved person, with the eras its keys were written in. */
const stored = (country: string, mentions: Mention[]): KnownPerson[] => {
  const met = found(country, mentions);
  const eras = new Map<string, Era[]>();
  for (const f of met) eras.set(f.key, [...(eras.get(f.key) ?? []), f.era ?? noEra()]);
  return resolvePeople(met, []).map((p, i) => ({
    actorId: `actor-${i}`,
    name: p.name,
    aliases: p.aliases,
    keys: p.keys,
    countries: p.country ? [p.country] : [],
    era: joinEras(p.keys.flatMap((k) => eras.get(k) ?? [])),
  }));
};

describe("people labelled by hand", () => {
  it.each<[string, string, Mention[], string[]]>([
    // Not one person.
    [
      "'President Aquino' of 1986-1988 is Corazon, not Benigno (2013)",
      "philippines",
      [
        ["Aquino", "President", "1986-05-08"],
        ["Aquino", "President", "1988-07-11"],
        ["Corazon C. Aquino", "President", "1986-09-15"],
        ["Corazon C. Aquino", "President", "1989-11-07"],
        ["Benigno Aquino", "President", "2013-12-17"],
      ],
      ["Benigno Aquino", "Corazon C. Aquino | Aquino"],
    ],
    [
      "'President Aquino' of the 1980s is not Benigno Aquino when only he is written in full (the travels alone)",
      "philippines",
      [
        ["Aquino", "President", "1986-05-08"],
        ["Aquino", "President", "1988-07-11"],
        ["Benigno Aquino", "President", "2013-12-17"],
      ],
      ["Aquino", "Benigno Aquino"],
    ],
    [
      "President Ziaur Rahman is not Prime Minister Khaleda Ziaur Rahman, whose name holds his",
      "bangladesh",
      [
        ["Ziaur Rahman", "President", "1980-08-25"],
        ["Khaleda Ziaur Rahman", "Prime Minister", "1992-03-18"],
      ],
      ["Khaleda Ziaur Rahman", "Ziaur Rahman"],
    ],
    [
      "'Prime Minister Rasmussen' of 2004-2008 (Anders Fogh) is neither Poul Nyrup nor Lars Lokke Rasmussen",
      "denmark",
      [
        ["Poul Nyrup Rasmussen", "Prime Minister", "1993-05-06"],
        ["Poul Nyrup Rasmussen", "Prime Minister", "1999-04-23"],
        ["Rasmussen", "Prime Minister", "2004-04-29"],
        ["Rasmussen", "Prime Minister", "2008-12-04"],
        ["Lars Lokke Rasmussen", "Prime Minister", "2016-06-16"],
      ],
      ["Lars Lokke Rasmussen", "Poul Nyrup Rasmussen", "Rasmussen"],
    ],
    [
      "'Prime Minister Papandreou' of 1964 is Georgios, of the 1980s Andreas (the terms of holders-abroad.ts)",
      "greece",
      [
        ["Papandreou", "Prime Minister", "1964-06-24"],
        ["Papandreou", "Prime Minister", "1982-05-15"],
        ["Papandreou", "Prime Minister", "1989-02-14"],
        ["Andreas Papandreou", "Prime Minister", "1994-04-22"],
      ],
      ["Andreas Papandreou | Papandreou", "Papandreou"],
    ],
    [
      "'Foreign Minister Singh' of 2002 and 2005 (Jaswant, Natwar) is not Manmohan Singh, the 'Prime Minister Singh' of 2008-2009",
      "india",
      [
        ["Singh", "Foreign Minister", "2002-01-17"],
        ["Singh", "Foreign Minister", "2005-03-15"],
        ["Singh", "Prime Minister", "2008-10-04"],
        ["Singh", "Prime Minister", "2009-07-17"],
        ["Manmohan Singh", "Prime Minister", "2012-05-06"],
      ],
      ["Manmohan Singh | Singh", "Singh"],
    ],
    [
      "'Foreign Minister Traore' of 1996 (Dioncounda) is not President Moussa Traore (1988)",
      "mali",
      [
        ["Moussa Traore", "President", "1988-10-05"],
        ["Traore", "Foreign Minister", "1996-10-07"],
      ],
      ["Moussa Traore", "Traore"],
    ],
    [
      "'President Traore' of 2013 (Dioncounda, interim) is not President Moussa Traore (1988), and joins Dioncounda's full name",
      "mali",
      [
        ["Moussa Traore", "President", "1988-10-05"],
        ["Traore", "President", "2013-05-16"],
        ["Dioncounda Traore", "President", "2012-09-26"],
      ],
      ["Dioncounda Traore | Traore", "Moussa Traore"],
    ],
    [
      "'President Aliyev' of 2010 (Ilham) is not Heydar Aliyev (1994-1999)",
      "azerbaijan",
      [
        ["Heydar Aliyev", "President", "1994-09-26"],
        ["Heydar Aliyev", "President", "1999-04-23"],
        ["Aliyev", "President", "2010-07-04"],
      ],
      ["Aliyev", "Heydar Aliyev"],
    ],
    [
      "'President Kirchner' of 2003 (Nestor) is not Fernandez de Kirchner (2010)",
      "argentina",
      [
        ["Kirchner", "President", "2003-06-10"],
        ["Fernandez de Kirchner", "President", "2010-03-01"],
      ],
      ["Fernandez de Kirchner", "Kirchner"],
    ],
    [
      "'President Paz' of 1988 is Paz Estenssoro (in office 1985-1989), not Jaime Paz Zamora (1989-1992)",
      "bolivia",
      [
        ["Paz-Estenssoro", "President", "1963-10-22"],
        ["Paz", "President", "1988-08-08"],
        ["Jaime Paz Zamora", "President", "1989-09-25"],
        ["Jaime Paz Zamora", "President", "1992-02-26"],
      ],
      ["Jaime Paz Zamora", "Paz", "Paz-Estenssoro"],
    ],
    [
      "'Foreign Minister Singh' of 2002 is Jaswant (not in the shared data), not Manmohan Singh",
      "india",
      [
        ["Jaswant Singh", "Foreign Minister", "2000-03-21"],
        ["Singh", "Foreign Minister", "2002-01-17"],
        ["Manmohan Singh", "Prime Minister", "2012-05-06"],
      ],
      ["Jaswant Singh | Singh", "Manmohan Singh"],
    ],
    [
      "'Prime Minister Singh' of 2005, as near Foreign Minister Natwar Singh as Manmohan, is Manmohan by the office",
      "india",
      [
        ["Natwar Singh", "Foreign Minister", "2004-06-27"],
        ["Singh", "Prime Minister", "2005-04-18"],
        ["Manmohan Singh", "Prime Minister", "2005-07-18"],
        ["Natwar Singh", "Foreign Minister", "2005-10-01"],
      ],
      ["Manmohan Singh | Singh", "Natwar Singh"],
    ],
    [
      "'President Somoza' of 1939 and 1952 (Somoza Garcia) is not his son Anastasio Somoza Debayle, the one of 1973",
      "nicaragua",
      [
        ["Somoza", "President", "1939-05-05"],
        ["Somoza", "President", "1952-05-01"],
        ["Anastasio Somoza Debayle", "President-elect", "1967-04-06"],
        ["Anastasio Somoza Debayle", "President", "1971-06-02"],
        ["Somoza", "President", "1973-05-14"],
      ],
      ["Anastasio Somoza Debayle | Somoza", "Somoza"],
    ],
    [
      "'President Lleras' of 1960 (Alberto Lleras Camargo) is not Carlos Lleras Restrepo (1969)",
      "colombia",
      [
        ["Lleras", "President", "1960-04-05"],
        ["Carlos Lleras Restrepo", "President", "1969-06-12"],
      ],
      ["Carlos Lleras Restrepo", "Lleras"],
    ],
    [
      "'Foreign Minister Barco' of 2005 (Carolina) is not Virgilio Barco Vargas (1989-1990)",
      "colombia",
      [
        ["Virgilio Barco Vargas", "President", "1989-09-27"],
        ["Barco", "Foreign Minister", "2005-04-27"],
      ],
      ["Barco", "Virgilio Barco Vargas"],
    ],
    [
      "'President Pastrana' of 1973 (Misael) is not Andres Pastrana (1998-1999)",
      "colombia",
      [
        ["Pastrana", "President", "1973-05-17"],
        ["Andres Pastrana", "President", "1998-08-01"],
      ],
      ["Andres Pastrana", "Pastrana"],
    ],
    [
      "'President Kenyatta' of 1970-1976 (Jomo) is not Uhuru Kenyatta (2015-2021), written in full",
      "kenya",
      [
        ["Kenyatta", "President", "1970-02-13"],
        ["Kenyatta", "President", "1976-09-22"],
        ["Uhuru Kenyatta", "President", "2015-05-03"],
      ],
      ["Kenyatta", "Uhuru Kenyatta"],
    ],
    [
      "'President Chiari' of 1912 (Rodolfo) is not the 'President Chiari' of 1962 (Roberto), a generation apart",
      "panama",
      [
        ["Chiari", "President", "1912-02-27"],
        ["Chiari", "President", "1962-06-12"],
      ],
      ["Chiari", "Chiari"],
    ],
    // One person.
    [
      "'President Arias' of 1988 is Oscar Arias Sanchez (1986-1989): a Spanish name's first family name",
      "costa-rica",
      [
        ["Oscar Arias Sanchez", "President", "1986-12-03"],
        ["Arias", "President", "1988-07-01"],
        ["Oscar Arias Sanchez", "President", "1989-04-04"],
      ],
      ["Oscar Arias Sanchez | Arias"],
    ],
    [
      "'President-elect Borja' of 1988 is Rodrigo Borja Cevallos (1990-1992)",
      "ecuador",
      [
        ["Borja", "President-elect", "1988-08-10"],
        ["Rodrigo Borja Cevallos", "President", "1990-07-22"],
      ],
      ["Rodrigo Borja Cevallos | Borja"],
    ],
    [
      "Sihanouk: King 1953-1955, Premier and Prince 1958-1960, Prince 1961, King 1995; no namesake written in full",
      "cambodia",
      [
        ["Sihanouk", "King", "1953-04-17"],
        ["Sihanouk", "King", "1955-02-28"],
        ["Sihanouk", "Premier and Prince", "1958-09-28"],
        ["Sihanouk", "Premier & Prince", "1960-09-27"],
        ["Sihanouk", "Prince", "1961-09-25"],
        ["Sihanouk", "King", "1995-08-04"],
      ],
      ["Sihanouk"],
    ],
    [
      "Fanfani: Prime Minister 1958-1963 and Amintore Fanfani 1983-1987",
      "italy",
      [
        ["Fanfani", "Prime Minister", "1958-07-28"],
        ["Fanfani", "Prime Minister", "1961-06-11"],
        ["Fanfani", "Premier", "1962-06-23"],
        ["Fanfani", "Prime Minister", "1963-01-15"],
        ["Amintore Fanfani", "Prime Minister", "1983-05-25"],
        ["Amintore Fanfani", "Prime Minister", "1987-05-26"],
      ],
      ["Amintore Fanfani | Fanfani"],
    ],
    [
      "de Gaulle: President 1945 and 1960-1963, Charles de Gaulle 1969",
      "france",
      [
        ["de Gaulle", "President", "1945-08-22"],
        ["de Gaulle", "President", "1960-04-22"],
        ["de Gaulle", "President", "1963-11-24"],
        ["Charles de Gaulle", "President", "1969-03-31"],
      ],
      ["Charles de Gaulle | de Gaulle"],
    ],
    [
      "Tubman: President(-elect) 1943-1970, William V. S. Tubman 1968",
      "liberia",
      [
        ["Tubman", "President-elect", "1943-05-26"],
        ["Tubman", "President", "1945-02-16"],
        ["Tubman", "President", "1954-10-18"],
        ["Tubman", "President", "1961-10-19"],
        ["Tubman", "President", "1970-02-21"],
        ["William V. S. Tubman", "President", "1968-03-27"],
      ],
      ["William V. S. Tubman | Tubman"],
    ],
    [
      "Peres: Foreign Minister, Prime Minister and President, 1984-2013",
      "israel",
      [
        ["Shimon Peres", "Prime Minister", "1984-10-08"],
        ["Peres", "Foreign Minister", "1987-10-16"],
        ["Shimon Peres", "Prime Minister", "1996-04-28"],
        ["Peres", "Foreign Minister", "2001-06-27"],
        ["Peres", "President", "2007-08-01"],
        ["Peres", "President", "2010-09-15"],
        ["Shimon Peres", "President", "2013-05-23"],
      ],
      ["Shimon Peres | Peres"],
    ],
    [
      "Karamanlis: Prime Minister 1956-1978, President 1982, Konstantinos Karamanlis 1978",
      "greece",
      [
        ["Karamanlis", "Prime Minister", "1956-11-15"],
        ["Karamanlis", "Prime Minister", "1960-05-05"],
        ["Karamanlis", "Prime Minister", "1978-01-21"],
        ["Konstantinos Karamanlis", "Prime Minister", "1978-05-30"],
        ["Karamanlis", "President", "1982-05-15"],
      ],
      ["Konstantinos Karamanlis | Karamanlis"],
    ],
    [
      "Nazarbayev: President 1991-2008, Nursultan Nazarbayev 1992-2015",
      "kazakhstan",
      [
        ["Nazarbayev", "President", "1991-12-17"],
        ["Nursultan Nazarbayev", "President", "1992-05-18"],
        ["Nazarbayev", "President", "2000-04-15"],
        ["Nazarbayev", "President", "2008-10-05"],
        ["Nursultan Nazarbayev", "President", "2015-11-02"],
      ],
      ["Nursultan Nazarbayev | Nazarbayev"],
    ],
    [
      "Hamad bin Khalifa al-Thani: Emir 1997, 'Sheikh' and Amir 2010",
      "qatar",
      [
        ["Hamad bin Khalifa al-Thani", "Emir", "1997-06-10"],
        ["Sheikh Hamad bin Khalifa al-Thani", "Amir", "2010-02-14"],
      ],
      ["Sheikh Hamad bin Khalifa al-Thani | Hamad bin Khalifa al-Thani"],
    ],
    [
      "King Hamad of Bahrain with and without 'bin Isa', not his son Salman bin Hamad",
      "bahrain",
      [
        ["Hamad Al Khalifa", "King", "2020-08-26"],
        ["Salman bin Hamad Al Khalifa", "Crown Prince", "2020-08-26"],
        ["Hamad bin Isa Al Khalifa", "King", "2024-01-10"],
      ],
      ["Hamad bin Isa Al Khalifa | Hamad Al Khalifa", "Salman bin Hamad Al Khalifa"],
    ],
    [
      "Zarif with and without his first given name, both Foreign Minister",
      "iran",
      [
        ["Javad Zarif", "Foreign Minister", "2014-07-13"],
        ["Mohammad Javad Zarif", "Foreign Minister", "2015-05-29"],
      ],
      ["Mohammad Javad Zarif | Javad Zarif"],
    ],
    [
      "'Prime Minister Bhutto' of 1973-1976 is Zulfikar Ali, not Benazir",
      "pakistan",
      [
        ["Zulfikar Ali Bhutto", "Prime Minister", "1973-09-18"],
        ["Bhutto", "Prime Minister", "1973-11-10"],
        ["Bhutto", "Prime Minister", "1976-08-08"],
        ["Benazir Bhutto", "Prime Minister", "1989-06-05"],
      ],
      ["Benazir Bhutto", "Zulfikar Ali Bhutto | Bhutto"],
    ],
    [
      "Papandreou: Prime Minister of the 1980s is Andreas (written in full 1994)",
      "greece",
      [
        ["Papandreou", "Prime Minister", "1982-05-15"],
        ["Papandreou", "Prime Minister", "1989-02-14"],
        ["Andreas Papandreou", "Prime Minister", "1994-04-22"],
      ],
      ["Andreas Papandreou | Papandreou"],
    ],
  ])("%s", (_label, country, mentions, expected) => {
    expect(people(found(country, mentions))).toEqual(expected);
  });

  it("keeps 'President Assad' written up to the funeral of President Assad (June 2000) apart from Bashar Assad, written after", () => {
    const syria = found("syria", [
      ["Assad", "President", "1974-01-20"],
      ["Assad", "President", "1988-02-27"],
      ["Assad", "President", "1999-12-07"],
      ["Bashar Assad", "President", "2001-02-26"],
      ["Assad", "President", "2002-04-15"],
    ]);
    const funeral = funeralOf("Attended the funeral of President Assad.");
    expect(funeral).toMatchObject({ title: "President", name: "Assad" });
    const funerals = [{ countryId: "syria", name: funeral?.name ?? "", date: "2000-06-13" }];
    expect(people(syria)).toEqual(["Bashar Assad | Assad"]);
    expect(
      resolvePeople(syria, [], funerals)
        .map((p) => [p.name, ...p.aliases].join(" | "))
        .sort(),
    ).toEqual(["Assad", "Bashar Assad | Assad"]);
    expect(funeralOf("Attended the state funeral of former President Nyerere. Met with President Mkapa.")?.name).toBe(
      "Nyerere",
    );
    expect(funeralOf("Accompanied President Carter to funeral of Prime Minister Ohira")?.name).toBe("Ohira");
  });

  it("lets a later import join the one-word name a first one left alone: Corazon Aquino (visits) takes the travels' 'President Aquino'", () => {
    const travels: Mention[] = [
      ["Aquino", "President", "1986-05-08"],
      ["Aquino", "President", "1988-07-11"],
      ["Benigno Aquino", "President", "2013-12-17"],
    ];
    const visits = found("philippines", [
      ["Corazon C. Aquino", "President", "1986-09-15"],
      ["Corazon C. Aquino", "President", "1989-11-07"],
    ]);
    const known = stored("philippines", travels);
    expect(known.map((k) => k.name).sort()).toEqual(["Aquino", "Benigno Aquino"]);
    const resolved = resolvePeople(visits, known);
    expect(resolved.map((p) => [p.name, p.keys])).toEqual([
      ["Corazon C. Aquino", ["philippines/corazon-c-aquino", "philippines/president-aquino-1980s"]],
    ]);
    expect(resolved[0]?.actorId).toBe(known.find((k) => k.name === "Aquino")?.actorId);
  });

  it("gives the travels' 'President Somoza' of 1973 to Anastasio Somoza Debayle, not his father, in either order", () => {
    const visits: Mention[] = [
      ["Somoza", "President", "1939-05-05"],
      ["Somoza", "President", "1952-05-01"],
      ["Anastasio Somoza Debayle", "President", "1967-04-06"],
      ["Anastasio Somoza Debayle", "President", "1971-06-02"],
    ];
    const travels: Mention[] = [["Somoza", "President", "1973-05-14"]];
    const keysOf = (people: { keys: string[] }[]) => people.map((p) => p.keys).sort();
    const son = ["nicaragua/anastasio-somoza-debayle", "nicaragua/president-somoza-1970s"];
    const father = ["nicaragua/president-somoza-1930s", "nicaragua/president-somoza-1950s"];
    // Visits first: the travels' key joins the son's stored actor.
    expect(keysOf(resolvePeople(found("nicaragua", travels), stored("nicaragua", visits)))).toEqual([son]);
    // Travels first: the stored "Somoza" of 1973 takes the son and leaves the father apart.
    const known = stored("nicaragua", travels);
    const resolved = resolvePeople(found("nicaragua", visits), known);
    expect(keysOf(resolved)).toEqual([son, father]);
    expect(resolved.find((p) => p.keys.includes(son[0] as string))?.actorId).toBe(known[0]?.actorId);
  });

  it("gives a one-word name that fits two stored people to the one it fits nearest in time (visits, then travels)", () => {
    // The visits' "Prime Minister Papandreou" of 1964 (Georgios) and Andreas Papandreou are two actors already.
    const known = stored("greece", [
      ["Papandreou", "Prime Minister", "1964-06-24"],
      ["Andreas Papandreou", "Prime Minister", "1994-04-22"],
    ]);
    expect(known.map((k) => k.name).sort()).toEqual(["Andreas Papandreou", "Papandreou"]);
    const travels = found("greece", [
      ["Papandreou", "Prime Minister", "1982-05-15"],
      ["Papandreou", "Prime Minister", "1989-02-14"],
    ]);
    const andreas = known.find((k) => k.name === "Andreas Papandreou")?.actorId;
    expect(resolvePeople(travels, known).map((p) => [p.actorId, p.keys])).toEqual([
      [andreas, ["greece/andreas-papandreou", "greece/prime-minister-papandreou-1980s"]],
    ]);
  });
});
