import type { InterchangeRecord } from "@accord/domain";
import type { Located, RecordInput } from "../input/located";
import { findMeetings, type KnownMeeting, loadKnownMeetings } from "./meetings";
import { representOwnCountries } from "./people/own-countries";
import { peopleResolver } from "./people/person-records";
import { readVisits } from "./read-visits";
import { attachSittingPresidents } from "./sitting-presidents";
import { visitActorRecords, visitRecord, visitSourceRecords } from "./visit-records";
import { scanVisits, type VisitScan } from "./visit-scan";
import { selectXmlFiles } from "./xml-files";

export const visitsFormat = { root: "visits", format: "history-state-visits (visits.rnc)" };

/** The Office of the Historian's visits of foreign leaders to the United States (visits.rnc). */
export async function openHistoryStateVisits(path: string): Promise<RecordInput> {
  const selection = await selectXmlFiles(path, visitsFormat);
  const files = selection.files;
  let scanned: Promise<VisitScan> | null = null;
  const scan = () => {
    scanned ??= scanVisits(files);
    return scanned;
  };
  const people = peopleResolver(async () => [...(await scan()).people.values()]);
  let knownMeetings: KnownMeeting[] = [];
  return {
    async prepare(db) {
      await people.prepare(db);
      knownMeetings = await loadKnownMeetings(db);
    },
    async *read() {
      const s = await scan();
      const { people: resolved } = await people.resolved();
      const meetings = findMeetings(s.attendances, knownMeetings);
      let index = 0;
      for (const record of [
        ...visitSourceRecords(files),
        ...visitActorRecords(s, resolved),
        ...meetings.records,
      ] as InterchangeRecord[])
        yield { file: "(derived)", line: ++index, record } satisfies Located;
      for (const file of files) {
        for await (const visit of readVisits(file.path, file.name)) {
          if (s.duplicates.has(`${visit.file}#${visit.line}`)) continue;
          const record = visitRecord(visit, meetings.meetingOf.get(visit.id));
          yield { file: visit.file, line: visit.line, record };
        }
      }
    },
    finish: async (db) => [...(await attachSittingPresidents(db)), ...(await representOwnCountries(db))],
    release: (db) => people.release(db),
    settle: (db) => people.moveAppearances(db),
    async readerProblems() {
      return (await scan()).problems;
    },
    async skipped() {
      return [...selection.skipped, ...(await scan()).skipped];
    },
  };
}
