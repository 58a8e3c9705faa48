import type { ActorRecord, EngagementRecord, ExternalId, SourceRecord } from "@accord/domain";
import { hsgCountryScheme, hsgCountryToIso, isoScheme } from "./countries";
import { peopleMet } from "./people-met";
import type { Trip } from "./read-trips";
import { type Journey, personKey, type TravelFile, type TravelScan } from "./scan";

export const unitedStates: ExternalId = { scheme: isoScheme, value: "US" };
const historian: ExternalId = { scheme: "hsg-org", value: "office-of-the-historian" };
const personId = (who: string): ExternalId => ({ scheme: "hsg-person", value: who });
const countryId = (id: string): ExternalId => ({ scheme: hsgCountryScheme, value: id });
export const fileSourceId = (file: string): ExternalId => ({ scheme: "hsg-travels-file", value: file });

/** Offices for the role codes of travel-role-codes.xml; another code is named by its label. */
const offices: Record<string, string> = { secretary: "Secretary of State", president: "President" };
export const officeOf = (role: string, labels: Map<string, string>) => offices[role] ?? labels.get(role) ?? role;
const noStateKinds = new Set(["antarctica", "west-bank", "netherlands-antilles", "palestinian-authority"]);

export function sourceRecords(files: TravelFile[]): SourceRecord[] {
  return files.map((f) => ({
    type: "source",
    id: fileSourceId(f.name),
    kind: "DATASET",
    publisher: historian,
    title: `Travels of the Secretary of State: ${f.name} (Office of the Historian, U.S. Department of State)`,
    url: "https://history.state.gov/departmenthistory/travels",
    language: "en",
  }));
}

/** Names by latest use: the latest is the actor's name, the others aliases. */
const byLatest = (names: Map<string, string>) =>
  [...names.entries()].sort((a, b) => (a[1] === b[1] ? (a[0] < b[0] ? -1 : 1) : a[1] < b[1] ? 1 : -1)).map(([n]) => n);

export function actorRecords(scan: TravelScan, labels: Map<string, string>): ActorRecord[] {
  const roles = [...new Set([...scan.travellers.values()].map((t) => t.role))].sort();
  const groups = new Map<string, string[]>();
  for (const id of [...scan.countries.keys()].sort()) {
    const group = hsgCountryToIso[id] ? `iso:${hsgCountryToIso[id]}` : `hsg:${id}`;
    groups.set(group, [...(groups.get(group) ?? []), id]);
  }
  const countries: ActorRecord[] = [...groups.entries()].map(([group, ids]) => {
    const names = new Map<string, string>();
    for (const id of ids)
      for (const [n, at] of scan.countries.get(id) ?? []) if ((names.get(n) ?? "") < at) names.set(n, at);
    const [name, ...aliases] = byLatest(names);
    const iso = group.startsWith("iso:") ? [{ scheme: isoScheme, value: group.slice(4) }] : [];
    return {
      type: "actor",
      identifiers: [...ids.map(countryId), ...iso],
      kind: ids.some((i) => noStateKinds.has(i)) ? "OTHER" : "STATE",
      name: name ?? ids[0] ?? group,
      aliases: aliases.map((a) => ({ name: a })),
      onMatch: "merge",
      ...(iso[0]?.value === "US" ? { offices: roles.map((r) => ({ name: officeOf(r, labels) })) } : {}),
    } satisfies ActorRecord;
  });
  const us: ActorRecord[] = groups.has("iso:US")
    ? []
    : [
        {
          type: "actor",
          identifiers: [unitedStates],
          kind: "STATE",
          name: "United States",
          onMatch: "merge",
          aliases: [{ name: "United States of America" }],
          offices: roles.map((r) => ({ name: officeOf(r, labels) })),
        },
      ];
  const publisher: ActorRecord = {
    type: "actor",
    identifiers: [historian],
    kind: "ORGANIZATION",
    name: "Office of the Historian, U.S. Department of State",
    onMatch: "merge",
  };
  const travellers: ActorRecord[] = [...scan.travellers.values()]
    .sort((a, b) => (a.who < b.who ? -1 : 1))
    .map((t) => ({
      type: "actor",
      identifiers: [personId(t.who)],
      kind: "PERSON",
      name: t.name,
      // The records hold no appointment dates: the tenure spans the first to the last recorded trip.
      tenures: [
        {
          id: { scheme: "hsg-tenure", value: `${t.role}/${t.who}` },
          office: { jurisdiction: unitedStates, name: officeOf(t.role, labels) },
          start: t.first,
          end: t.last,
        },
      ],
    }));
  const people: ActorRecord[] = [...scan.people.values()]
    .sort((a, b) => (a.key < b.key ? -1 : 1))
    .map((p) => ({
      type: "actor",
      identifiers: [{ scheme: "hsg-met", value: p.key }],
      kind: "PERSON",
      name: p.name,
      description: `${p.title} ${p.name}, met by the Secretary of State (named so in the travel records)`,
    }));
  return [publisher, ...us, ...countries, ...travellers, ...people];
}

export function journeyRecord(j: Journey, scan: TravelScan, names: Map<string, string>): EngagementRecord {
  const traveller = scan.travellers.get(j.who);
  const countryNames = j.countries.map((c) => names.get(c) ?? c);
  return {
    type: "engagement",
    id: { scheme: "hsg-journey", value: j.key },
    kind: "VISIT",
    title: `${traveller?.name ?? j.who}: journey to ${countryNames.join(", ")}`,
    start: j.start,
    end: j.end,
    summary: `One journey made of trips ${j.tripIds.join(", ")} of the travel records (consecutive dates).`,
    participants: [{ actor: personId(j.who), role: "VISITOR", represents: unitedStates }],
    citations: [{ source: fileSourceId(j.file), locator: `${j.file}#${j.tripIds.join(",")}` }],
  };
}

export function tripRecord(t: Trip, scan: TravelScan, labels: Map<string, string>): EngagementRecord {
  const journey = scan.journeyOfTrip.get(t.id);
  const where = t.country || t.countryId || "an unknown country";
  const people = t.countryId || t.country ? peopleMet(t.remarks) : [];
  const record: EngagementRecord = {
    type: "engagement",
    id: { scheme: "hsg-trip", value: t.id },
    kind: "VISIT",
    title: `${t.name || t.who} in ${where}${t.locale ? ` (${t.locale})` : ""}`,
    start: t.start,
    participants: [
      { actor: personId(t.who), role: "VISITOR", represents: unitedStates, titleAsReported: officeOf(t.role, labels) },
      ...(t.countryId ? [{ actor: countryId(t.countryId), role: "HOST" }] : []),
      ...people.map((p) => ({
        actor: { scheme: "hsg-met", value: personKey(t.countryId, p.name) },
        role: "PARTICIPANT",
        titleAsReported: p.title,
        ...(t.countryId ? { represents: countryId(t.countryId) } : {}),
      })),
    ],
    citations: [{ source: fileSourceId(t.file), locator: `${t.file}#${t.id}` }],
  };
  if (t.end) record.end = t.end;
  if (t.remarks) record.summary = t.remarks;
  if (t.locale) record.city = t.locale;
  if (t.countryId) record.country = countryId(t.countryId);
  if (journey) record.parent = { scheme: "hsg-journey", value: journey };
  return record;
}
