import type { ActorRecord, EngagementRecord, ExternalId, SourceRecord } from "@accord/domain";
import { countryActors, hsgCountryId, unitedStates } from "./country-actors";
import { organisationActors, organisationId, organisationsAttended } from "./multilateral";
import { personKey } from "./people/person-key";
import { personRecords } from "./people/person-records";
import type { ResolvedPerson } from "./people/resolve-people";
import { visitorsOf } from "./people/visitors";
import type { Visit } from "./read-visits";
import type { TravelFile } from "./scan";
import { historian, historianActor } from "./travel-records";
import { visitKindOf } from "./visit-kind";
import type { VisitScan } from "./visit-scan";

export const visitsFileSourceId = (file: string): ExternalId => ({ scheme: "hsg-visits-file", value: file });

export function visitSourceRecords(files: TravelFile[]): SourceRecord[] {
  return files.map((f) => ({
    type: "source",
    id: visitsFileSourceId(f.name),
    kind: "DATASET",
    publisher: historian,
    title: `Visits by foreign leaders: ${f.name} (Office of the Historian, U.S. Department of State)`,
    url: "https://history.state.gov/departmenthistory/visits",
    language: "en",
  }));
}

export function visitActorRecords(scan: VisitScan, people: ResolvedPerson[]): ActorRecord[] {
  return [historianActor, ...organisationActors(), ...countryActors(scan.countries, []), ...personRecords(people)];
}

/** A visit to the United States: hosted by it, the visitors representing the country they came from. */
export function visitRecord(v: Visit, meeting?: ExternalId): EngagementRecord {
  const people = visitorsOf(v.visitor);
  const attended = organisationsAttended(v.description);
  const from = v.from || v.fromId;
  const record: EngagementRecord = {
    type: "engagement",
    id: { scheme: "hsg-visit", value: v.id },
    kind: attended.length || meeting ? "MULTILATERAL_MEETING" : "VISIT",
    title: `${v.visitor || "A visitor"}${from ? ` (${from})` : ""} in the United States`,
    start: v.start,
    country: unitedStates,
    participants: [
      ...people.map((p) => ({
        actor: { scheme: "hsg-met", value: personKey(v.fromId, p.name, p.title, v.start) },
        role: "VISITOR",
        ...(p.title ? { titleAsReported: p.title } : {}),
        ...(v.fromId ? { represents: hsgCountryId(v.fromId) } : {}),
      })),
      { actor: unitedStates, role: "HOST" },
      ...attended.map((o) => ({ actor: organisationId(o), role: "PARTICIPANT" })),
    ],
    citations: [{ source: visitsFileSourceId(v.file), locator: `${v.file}#${v.id}` }],
  };
  if (v.end) record.end = v.end;
  if (meeting) record.parent = meeting;
  if (v.description) record.summary = v.description;
  const kind = visitKindOf(v.description);
  if (kind) record.visitKind = kind;
  return record;
}
