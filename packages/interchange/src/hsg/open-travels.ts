import { dirname, join } from "node:path";
import type { InterchangeRecord } from "@accord/domain";
import type { Located, RecordInput } from "../input/located";
import { latestNames } from "./country-actors";
import { findMeetings, type KnownMeeting, loadKnownMeetings } from "./meetings";
import { readTerms, type Term } from "./office-holders";
import { representOwnCountries } from "./people/own-countries";
import { peopleResolver } from "./people/person-records";
import { readTrips } from "./read-trips";
import { scanTravels, type TravelScan } from "./scan";
import { attachSittingPresidents } from "./sitting-presidents";
import { streamRecords } from "./stream-records";
import { actorRecords, journeyRecord, sourceRecords, tripRecord } from "./travel-records";
import { rootElement, selectXmlFiles } from "./xml-files";

const roleCodesFile = "travel-role-codes.xml";

/** A file of the given root in the folder, or by its usual name beside or above the file or folder given. */
async function companionFile(path: string, found: string[], root: string, name: string): Promise<string | null> {
  const near = [dirname(path), dirname(dirname(path))].map((d) => join(d, name));
  for (const file of [...found, ...near]) if ((await rootElement(file).catch(() => null)) === root) return file;
  return null;
}

/** Role code → label from the code table (root <code-table>). */
async function roleLabels(file: string | null): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  if (!file) return labels;
  for await (const item of streamRecords(file, "item"))
    if (item.fields.value) labels.set(item.fields.value, item.fields.label ?? item.fields.value);
  return labels;
}

export const travelsFormat = { root: "trips", format: "history-state-travels (trips.rnc)" };

/** The Office of the Historian's travel records (trips.rnc), as interchange records. */
export async function openHistoryStateTravels(path: string): Promise<RecordInput> {
  const selection = await selectXmlFiles(path, travelsFormat, ["code-table", "presidents"]);
  const files = selection.files;
  const codes = await companionFile(path, selection.extras.get("code-table") ?? [], "code-table", roleCodesFile);
  const labels = await roleLabels(codes);
  const holders = await companionFile(path, selection.extras.get("presidents") ?? [], "presidents", "presidents.xml");
  const terms = holders ? await readTerms(holders) : new Map<string, Term[]>();
  let scanned: Promise<TravelScan> | null = null;
  const scan = () => {
    scanned ??= scanTravels(files);
    return scanned;
  };
  const people = peopleResolver(
    async () =>
      [...(await scan()).people.values()].map((p) => ({
        key: p.key,
        name: p.name,
        countryId: p.countryId,
        mentions: p.mentions,
        era: p.era,
        description: `${p.title} ${p.name} (named so in the travel records)`,
      })),
    async () => (await scan()).funerals,
  );
  const synthetic = (record: InterchangeRecord, index: number): Located => ({
    file: "(derived)",
    line: index + 1,
    record,
  });
  let knownMeetings: KnownMeeting[] = [];
  return {
    // Visits stored before these travels gain the Presidents the travels bring (sitting-presidents.ts).
    finish: async (db) => [...(await attachSittingPresidents(db)), ...(await representOwnCountries(db))],
    release: (db) => people.release(db),
    settle: (db) => people.moveAppearances(db),
    async prepare(db) {
      await people.prepare(db);
      knownMeetings = await loadKnownMeetings(db);
    },
    async *read() {
      const s = await scan();
      const resolved = await people.resolved();
      const meetings = findMeetings(s.attendances, knownMeetings);
      const names = latestNames(s.countries);
      let index = 0;
      for (const record of [
        ...sourceRecords(files),
        ...actorRecords(s, labels, terms, resolved.people),
        // A journey whose every trip went to a shared meeting holds none of them: it would count as a trip.
        ...s.journeys
          .filter((j) => j.tripKeys.some((key) => !meetings.meetingOf.has(key)))
          .map((j) => journeyRecord(j, s, names)),
        ...meetings.records,
      ]) {
        yield synthetic(record, index++);
      }
      for (const file of files) {
        for await (const trip of readTrips(file.path, file.name)) {
          if (s.duplicates.has(`${trip.file}#${trip.line}`)) continue;
          yield {
            file: trip.file,
            line: trip.line,
            record: tripRecord(trip, s, labels, resolved.byKey, meetings.meetingOf.get(trip.key)),
          };
        }
      }
    },
    async readerProblems() {
      return (await scan()).problems;
    },
    async skipped() {
      return [...selection.skipped, ...(await scan()).skipped];
    },
  };
}
