import type { ActorRecord, EngagementRecord, ExternalId, SourceRecord, TenureRecord } from "@accord/domain";
import { countryActors, hsgCountryId, unitedStates } from "./country-actors";
import { organisationActors, organisationId, organisationsAttended } from "./multilateral";
import type { Term } from "./office-holders";
import { metId, personRecords } from "./people/person-records";
import type { ResolvedPerson } from "./people/resolve-people";
import type { Trip } from "./read-trips";
import type { Journey, TravelFile, Traveller, TravelScan } from "./scan";
import { tripPeople } from "./trip-people";

export const historian: ExternalId = { scheme: "hsg-org", value: "office-of-the-historian" };
const personId = (who: string): ExternalId => ({ scheme: "hsg-person", value: who });
export const fileSourceId = (file: string): ExternalId => ({ scheme: "hsg-travels-file", value: file });

/** Offices for the role codes of travel-role-codes.xml; another code is named by its label. */
const offices: Record<string, string> = { secretary: "Secretary of State", president: "President" };
export const officeOf = (role: string, labels: Map<string, string>) => offices[role] ?? labels.get(role) ?? role;

/** The publisher of both data sets. */
export const historianActor: ActorRecord = {
  type: "actor",
  identifiers: [historian],
  kind: "ORGANIZATION",
  name: "Office of the Historian, U.S. Department of State",
  onMatch: "merge",
};

export function sourceRecords(files: TravelFile[]): SourceRecord[] {
  return files.map((f) => ({
    type: "source",
    id: fileSourceId(f.name),
    kind: "DATASET",
    publisher: historian,
    title: `Travel records: ${f.name} (Office of the Historian, U.S. Department of State)`,
    url: "https://history.state.gov/departmenthistory/travels",
    language: "en",
  }));
}

/**
 * The traveller's tenures: each term of the office-holders file (two terms apart are two tenures),
 * or, where it has none for the traveller, one spanning the first to the last recorded trip.
 */
function tenuresOf(t: Traveller, office: string, terms: Term[] | undefined): TenureRecord[] {
  const held = { jurisdiction: unitedStates, name: office };
  if (terms?.length)
    return terms.map((term) => ({
      id: { scheme: "hsg-tenure", value: `${t.role}/${t.who}/${term.n}` },
      office: held,
      ...(term.start ? { start: term.start } : {}),
      ...(term.end ? { end: term.end } : {}),
    }));
  return [{ id: { scheme: "hsg-tenure", value: `${t.role}/${t.who}` }, office: held, start: t.first, end: t.last }];
}

export function actorRecords(
  scan: TravelScan,
  labels: Map<string, string>,
  terms: Map<string, Term[]>,
  people: ResolvedPerson[],
): ActorRecord[] {
  const roles = [...new Set([...scan.travellers.values()].map((t) => t.role))].sort();
  const travellers: ActorRecord[] = [...scan.travellers.values()]
    .sort((a, b) => (a.who < b.who ? -1 : 1))
    .map((t) => ({
      type: "actor",
      identifiers: [personId(t.who)],
      kind: "PERSON",
      name: terms.get(t.who)?.find((term) => term.name)?.name || t.name || t.who,
      tenures: tenuresOf(t, officeOf(t.role, labels), terms.get(t.who)),
    }));
  const countries = countryActors(
    scan.countries,
    roles.map((r) => officeOf(r, labels)),
  );
  return [historianActor, ...organisationActors(), ...countries, ...travellers, ...personRecords(people)];
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

export function tripRecord(
  t: Trip,
  scan: TravelScan,
  labels: Map<string, string>,
  resolved: Map<string, ResolvedPerson>,
  meeting?: ExternalId,
): EngagementRecord {
  const journey = scan.journeyOfTrip.get(t.key);
  const where = t.country || t.countryId || "an unknown country";
  // A person met twice in one trip's remarks (in two sentences, or by two names of one person) takes part once.
  const person = (key: string) => resolved.get(key)?.keys[0] ?? key;
  const people = tripPeople(t).filter((p, i, all) => all.findIndex((q) => person(q.key) === person(p.key)) === i);
  const attended = organisationsAttended(t.remarks);
  const record: EngagementRecord = {
    type: "engagement",
    id: { scheme: "hsg-trip", value: t.key },
    kind: attended.length || meeting ? "MULTILATERAL_MEETING" : "VISIT",
    title: `${t.name || t.who} in ${where}${t.locale ? ` (${t.locale})` : ""}`,
    start: t.start,
    participants: [
      { actor: personId(t.who), role: "VISITOR", represents: unitedStates, titleAsReported: officeOf(t.role, labels) },
      ...(t.countryId ? [{ actor: hsgCountryId(t.countryId), role: "HOST" }] : []),
      // Leaders met at a summit abroad represent their own countries: named in the remark here, else filled in
      // once known (people/own-countries.ts).
      ...people.map((p) => ({
        actor: metId(p.key),
        role: "PARTICIPANT",
        titleAsReported: p.title,
        ...(p.countryId ? { represents: hsgCountryId(p.countryId) } : {}),
      })),
      ...attended.map((o) => ({ actor: organisationId(o), role: "PARTICIPANT" })),
    ],
    citations: [{ source: fileSourceId(t.file), locator: `${t.file}#${t.id}` }],
  };
  if (t.end) record.end = t.end;
  if (t.remarks) record.summary = t.remarks;
  if (t.locale) record.city = t.locale;
  if (t.countryId) record.country = hsgCountryId(t.countryId);
  // A trip to a meeting is a side engagement of the meeting it shares with other travellers.
  if (meeting) record.parent = meeting;
  else if (journey) record.parent = { scheme: "hsg-journey", value: journey };
  return record;
}
