// Former states as actors of their own, with the days they existed. The records file the Soviet
// Union under the id `russia` with the name "U.S.S.R.": a record goes to the former state when its
// country id is one the state is filed under and either its name is one of the state's names or its
// date falls within the state's existence where the table says the id alone tells (`byDate`).

export type HistoricalState = {
  /** The hsg-country id the actor gets (the records' own id where they have one). */
  id: string;
  name: string;
  aliases: string[];
  validFrom: string;
  validTo: string;
  /** The records' country ids it is filed under. */
  filedUnder: string[];
  /** Names that mark the state whatever the date. */
  names: RegExp;
  /** Whether a record under one of the ids, dated within the state's existence, is the state. */
  byDate: boolean;
};

export const historicalStates: readonly HistoricalState[] = [
  {
    id: "soviet-union",
    name: "Soviet Union",
    aliases: ["U.S.S.R.", "USSR", "Union of Soviet Socialist Republics"],
    validFrom: "1922-12-30",
    validTo: "1991-12-26",
    filedUnder: ["russia", "soviet-union", "ussr"],
    names: /^(U\.?S\.?S\.?R\.?|Soviet Union|Union of Soviet Socialist Republics)$/i,
    byDate: true,
  },
  {
    id: "czechoslovakia",
    name: "Czechoslovakia",
    aliases: [],
    validFrom: "1918-10-28",
    validTo: "1992-12-31",
    filedUnder: ["czechoslovakia"],
    names: /^Czechoslovakia\b/i,
    byDate: true,
  },
  {
    id: "yugoslavia",
    name: "Yugoslavia",
    aliases: [],
    validFrom: "1918-12-01",
    validTo: "2003-02-04",
    filedUnder: ["yugoslavia"],
    names: /^Yugoslavia\b/i,
    byDate: true,
  },
  {
    id: "serbia-and-montenegro",
    name: "Serbia and Montenegro",
    aliases: ["Serbia-Montenegro"],
    validFrom: "2003-02-04",
    validTo: "2006-06-05",
    filedUnder: ["serbia"],
    names: /^Serbia(-| and )Montenegro$/i,
    byDate: false,
  },
  {
    id: "german-democratic-republic",
    name: "German Democratic Republic",
    aliases: ["East Germany"],
    validFrom: "1949-10-07",
    validTo: "1990-10-02",
    filedUnder: ["german-democratic-republic"],
    names: /^(German Democratic Republic|East Germany)$/i,
    byDate: true,
  },
  {
    id: "yemen-arab-republic",
    name: "Yemen Arab Republic",
    aliases: ["North Yemen"],
    validFrom: "1962-09-26",
    validTo: "1990-05-21",
    filedUnder: ["yemen"],
    names: /^(Yemen Arab Republic|North Yemen)$/i,
    byDate: true,
  },
  {
    id: "tanganyika",
    name: "Tanganyika",
    aliases: [],
    validFrom: "1961-12-09",
    validTo: "1964-04-25",
    filedUnder: ["tanzania"],
    names: /^Tanganyika$/i,
    byDate: true,
  },
  {
    id: "hawaii",
    name: "Kingdom of Hawaii",
    aliases: ["Hawaii"],
    validFrom: "1795-01-01",
    validTo: "1893-01-17",
    filedUnder: ["hawaii"],
    names: /^(Kingdom of )?Hawaii$/i,
    byDate: true,
  },
];

const byFiledId = new Map<string, HistoricalState[]>();
for (const s of historicalStates) for (const id of s.filedUnder) byFiledId.set(id, [...(byFiledId.get(id) ?? []), s]);
export const historicalStateById = new Map(historicalStates.map((s) => [s.id, s]));

/** The country id a record means: a former state's id, or the id as written. */
export function resolveCountryId(id: string, name: string, date: string): string {
  for (const state of byFiledId.get(id) ?? []) {
    const named = state.names.test(name.trim());
    const dated = state.byDate && date >= state.validFrom && date <= state.validTo;
    if (named || dated) return state.id;
  }
  return id;
}

/** Former names of states that go on (the Federal Republic of Germany is Germany), with the days they were used. */
export const historicalNames: readonly { id: string; name: string; validFrom: string; validTo: string }[] = [
  { id: "germany", name: "Germany, Federal Republic of", validFrom: "1949-05-23", validTo: "1990-10-02" },
  { id: "congo-democratic-republic", name: "Zaire", validFrom: "1971-10-27", validTo: "1997-05-17" },
  { id: "sri-lanka", name: "Ceylon", validFrom: "1948-02-04", validTo: "1972-05-22" },
  { id: "benin", name: "Dahomey (Benin)", validFrom: "1960-08-01", validTo: "1975-11-30" },
  { id: "burkina-faso", name: "Upper Volta", validFrom: "1960-08-05", validTo: "1984-08-04" },
  { id: "thailand", name: "Siam (Thailand)", validFrom: "1782-04-06", validTo: "1939-06-23" },
];
