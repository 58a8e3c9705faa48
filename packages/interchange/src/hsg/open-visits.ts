import type { InterchangeRecord } from "@accord/domain";
import type { Located, RecordInput } from "../input/located";
import { readVisits } from "./read-visits";
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
  return {
    async *read() {
      const s = await scan();
      let index = 0;
      for (const record of [...visitSourceRecords(files), ...visitActorRecords(s)] as InterchangeRecord[])
        yield { file: "(derived)", line: ++index, record } satisfies Located;
      for (const file of files) {
        for await (const visit of readVisits(file.path, file.name)) {
          if (s.duplicates.has(`${visit.file}#${visit.line}`)) continue;
          yield { file: visit.file, line: visit.line, record: visitRecord(visit) };
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
