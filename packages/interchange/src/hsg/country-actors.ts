import type { ActorRecord, ExternalId } from "@accord/domain";
import { hsgCountryScheme, hsgCountryToIso, isoScheme } from "./countries";
import { historicalNames, historicalStateById } from "./historical-states";

/** The days a former name of a state was used, when the table knows them. */
const formerNameDates = (ids: string[], name: string) => {
  const known = historicalNames.find((h) => ids.includes(h.id) && h.name === name);
  return known ? { validFrom: known.validFrom, validTo: known.validTo } : {};
};

export const unitedStates: ExternalId = { scheme: isoScheme, value: "US" };
export const hsgCountryId = (id: string): ExternalId => ({ scheme: hsgCountryScheme, value: id });
const noStateKinds = new Set(["antarctica", "west-bank", "netherlands-antilles", "palestinian-authority"]);

/** Country id → the names the records use for it, each with the latest date it was used on. */
export type CountryNames = Map<string, Map<string, string>>;

export function noteCountry(countries: CountryNames, id: string, name: string, date: string): void {
  if (!id) return;
  const names = countries.get(id) ?? new Map<string, string>();
  const used = name || id;
  if ((names.get(used) ?? "") < date) names.set(used, date);
  countries.set(id, names);
}

/** Names by latest use: the latest is the actor's name, the others aliases. */
const byLatest = (names: Map<string, string>) =>
  [...names.entries()].sort((a, b) => (a[1] === b[1] ? (a[0] < b[0] ? -1 : 1) : a[1] < b[1] ? 1 : -1)).map(([n]) => n);

/** The name of each country id: a former state's own, or the latest the records use. */
export const latestNames = (countries: CountryNames) =>
  new Map(
    [...countries.entries()].map(([id, names]) => [id, historicalStateById.get(id)?.name ?? byLatest(names)[0] ?? id]),
  );

/**
 * One actor per country (ids of one ISO code are one actor: `turkey` and `turkiye`), merged into what
 * the database holds, and the United States with the given offices.
 */
export function countryActors(countries: CountryNames, usOffices: string[]): ActorRecord[] {
  const groups = new Map<string, string[]>();
  for (const id of [...countries.keys()].sort()) {
    const group = hsgCountryToIso[id] ? `iso:${hsgCountryToIso[id]}` : `hsg:${id}`;
    groups.set(group, [...(groups.get(group) ?? []), id]);
  }
  const offices = usOffices.length ? { offices: usOffices.map((name) => ({ name })) } : {};
  const actors: ActorRecord[] = [...groups.entries()].map(([group, ids]) => {
    const names = new Map<string, string>();
    for (const id of ids)
      for (const [n, at] of countries.get(id) ?? []) if ((names.get(n) ?? "") < at) names.set(n, at);
    const [latest, ...others] = byLatest(names);
    const iso = group.startsWith("iso:") ? [{ scheme: isoScheme, value: group.slice(4) }] : [];
    const former = ids.length === 1 ? historicalStateById.get(ids[0] ?? "") : undefined;
    const name = former?.name ?? latest ?? ids[0] ?? group;
    const aliases = [...new Set([...(former?.aliases ?? []), ...(former ? [latest ?? ""] : []), ...others])]
      .filter((a) => a && a !== name)
      .sort();
    return {
      type: "actor",
      identifiers: [...ids.map(hsgCountryId), ...iso],
      kind: ids.some((i) => noStateKinds.has(i)) ? "OTHER" : "STATE",
      name,
      aliases: aliases.map((a) => ({ name: a, ...formerNameDates(ids, a) })),
      ...(former ? { validFrom: former.validFrom, validTo: former.validTo } : {}),
      onMatch: "merge",
      ...(iso[0]?.value === "US" ? offices : {}),
    } satisfies ActorRecord;
  });
  if (groups.has("iso:US")) return actors;
  return [
    {
      type: "actor",
      identifiers: [unitedStates],
      kind: "STATE",
      name: "United States",
      onMatch: "merge",
      aliases: [{ name: "United States of America" }],
      ...offices,
    },
    ...actors,
  ];
}
