import { dirname, join } from "node:path";
import type { InterchangeRecord } from "@accord/domain";
import type { Located, RecordInput } from "../input/located";
import { latestNames } from "./country-actors";
import { readTrips } from "./read-trips";
import { scanTravels, type TravelScan } from "./scan";
import { streamRecords } from "./stream-records";
import { actorRecords, journeyRecord, sourceRecords, tripRecord } from "./travel-records";
import { rootElement, selectXmlFiles } from "./xml-files";

const roleCodesFile = "travel-role-codes.xml";

/**
 * Role code → label from the code table (root <code-table>) in the folder, or beside or above the
 * file or folder given.
 */
async function roleLabels(path: string, found: string[]): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  const near = [dirname(path), dirname(dirname(path))].map((d) => join(d, roleCodesFile));
  const candidates = [...found, ...near];
  for (const file of candidates) {
    if ((await rootElement(file).catch(() => null)) !== "code-table") continue;
    for await (const item of streamRecords(file, "item"))
      if (item.fields.value) labels.set(item.fields.value, item.fields.label ?? item.fields.value);
    if (labels.size) break;
  }
  return labels;
}

export const travelsFormat = { root: "trips", format: "history-state-travels (trips.rnc)" };

/** The Office of the Historian's travel records (trips.rnc), as interchange records. */
export async function openHistoryStateTravels(path: string): Promise<RecordInput> {
  const selection = await selectXmlFiles(path, travelsFormat, ["code-table", "presidents"]);
  const files = selection.files;
  const labels = await roleLabels(path, selection.extras.get("code-table") ?? []);
  let scanned: Promise<TravelScan> | null = null;
  const scan = () => {
    scanned ??= scanTravels(files);
    return scanned;
  };
  const synthetic = (record: InterchangeRecord, index: number): Located => ({
    file: "(derived)",
    line: index + 1,
    record,
  });
  return {
    async *read() {
      const s = await scan();
      const names = latestNames(s.countries);
      let index = 0;
      for (const record of [
        ...sourceRecords(files),
        ...actorRecords(s, labels),
        ...s.journeys.map((j) => journeyRecord(j, s, names)),
      ]) {
        yield synthetic(record, index++);
      }
      for (const file of files) {
        for await (const trip of readTrips(file.path, file.name)) {
          if (s.duplicates.has(`${trip.file}#${trip.line}`)) continue;
          yield { file: trip.file, line: trip.line, record: tripRecord(trip, s, labels) };
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
