import { readdir, readFile, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { InterchangeRecord } from "@accord/domain";
import type { Located, RecordInput } from "../input/located";
import { readTrips } from "./read-trips";
import { scanTravels, type TravelFile, type TravelScan } from "./scan";
import { actorRecords, journeyRecord, sourceRecords, tripRecord } from "./travel-records";

const roleCodesFile = "travel-role-codes.xml";

async function findXmlFiles(path: string): Promise<string[]> {
  const info = await stat(path);
  if (info.isFile()) return [path];
  const found: string[] = [];
  for (const entry of (await readdir(path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) found.push(...(await findXmlFiles(full)));
    else if (entry.name.endsWith(".xml") && entry.name !== roleCodesFile) found.push(full);
  }
  return found;
}

/** Role code → label from travel-role-codes.xml, looked for in the folder and the two above it. */
async function roleLabels(path: string): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  for (const dir of [path, dirname(path), dirname(dirname(path))]) {
    const text = await readFile(join(dir, roleCodesFile), "utf8").catch(() => null);
    if (!text) continue;
    for (const m of text.matchAll(/<label>([^<]*)<\/label>\s*<value>([^<]*)<\/value>/g))
      labels.set(m[2] ?? "", m[1] ?? "");
    break;
  }
  return labels;
}

/** The Office of the Historian's travel records (trips.rnc), as interchange records. */
export async function openHistoryStateTravels(path: string): Promise<RecordInput> {
  const files: TravelFile[] = (await findXmlFiles(path)).map((p) => ({ path: p, name: basename(p) }));
  if (!files.length) throw new Error(`${path}: no .xml travel files`);
  const labels = await roleLabels(path);
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
      const names = new Map(
        [...s.countries.entries()].map(([id, n]) => [
          id,
          [...n.entries()].sort((a, b) => (a[1] < b[1] ? 1 : -1))[0]?.[0] ?? id,
        ]),
      );
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
  };
}
