// `accord export --filter`: standalone commitments are kept by their own fields (made date overlapping
// from/to, the scheme of their id); one without a date or under a kind filter is left out.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type ExportFilter, exportRecords, openInterchangeInput } from "../src";
import { createImportDatabase, type ImportDatabase, runImport, tempDir } from "./support/helpers";

const example = join(__dirname, "../../../docs/examples/seed-article.ndjson");
const actor = (value: string) => ({ scheme: "accord-seed", value: `actor:${value}` });
const standalone = (scheme: string, value: string, madeOn?: string) =>
  JSON.stringify({
    type: "commitment",
    id: { scheme, value },
    committer: actor("rok"),
    beneficiary: actor("ukraine"),
    kind: "FINANCIAL",
    description: `Standalone ${value}`,
    status: "PLEDGED",
    ...(madeOn ? { madeOn } : {}),
  });

let db: ImportDatabase;
beforeAll(async () => {
  db = await createImportDatabase();
  const path = join(await tempDir(), "records.ndjson");
  const extra = [
    standalone("accord-seed", "april", "2025-04"),
    standalone("accord-seed", "old", "2019-06-01"),
    standalone("accord-seed", "undated"),
    standalone("other", "june", "2025-06-15"),
  ];
  await writeFile(path, `${(await readFile(example, "utf8")).trimEnd()}\n${extra.join("\n")}\n`);
  const result = await runImport(db.bulk, await openInterchangeInput(path));
  expect(result.problems).toEqual([]);
});
afterAll(async () => {
  await db.close();
});

/** The ids of the engagements and standalone commitments an export with the filter writes. */
async function kept(filter: ExportFilter): Promise<string[]> {
  const ids: string[] = [];
  await exportRecords({
    prisma: db.prisma,
    filter,
    write: async (line) => {
      const record = JSON.parse(line) as { type: string; id?: { value: string } };
      if (record.type === "engagement" || record.type === "commitment") ids.push(`${record.type} ${record.id?.value}`);
    },
  });
  return ids;
}

describe("export --filter and standalone commitments", () => {
  it("keeps a standalone commitment whose made date overlaps the range or whose id is of the scheme", async () => {
    expect(await kept({})).toEqual([
      "engagement engagement:1",
      "engagement engagement:2",
      "engagement engagement:3",
      "commitment april",
      "commitment old",
      "commitment undated",
      "commitment june",
    ]);
    // "2025-04" covers the whole month: it overlaps a range starting on its last day, not the day after.
    expect(await kept({ from: "2025-04-30" })).toEqual([
      "engagement engagement:1",
      "commitment april",
      "commitment june",
    ]);
    expect(await kept({ from: "2025-05-01" })).toEqual(["commitment june"]);
    expect(await kept({ to: "2020-12-31" })).toEqual(["commitment old"]);
    expect(await kept({ from: "2025-01-01", to: "2025-04-15" })).toEqual([
      "engagement engagement:1",
      "engagement engagement:2",
      "commitment april",
    ]);
    expect(await kept({ scheme: "other" })).toEqual(["commitment june"]);
    // A commitment of no engagement has no engagement kind.
    expect(await kept({ kind: "BRIEFING" })).toEqual(["engagement engagement:3"]);
  });
});

describe("a filtered export on its own", () => {
  // Whatever a filter keeps, the file imports into an empty database without a problem: it refers only
  // to records it holds (or actors, topics and sources, which every export holds).
  it.each<[string, ExportFilter]>([
    ["a kind", { kind: "BRIEFING" }],
    ["the kind of a side meeting, without its parent", { kind: "BILATERAL_MEETING" }],
    ["a date range", { from: "2025-04-01", to: "2025-04-30" }],
    ["a later range", { from: "2025-05-01" }],
    ["an id scheme", { scheme: "other" }],
  ])("imports cleanly when filtered by %s", async (_name, filter) => {
    const lines: string[] = [];
    await exportRecords({ prisma: db.prisma, filter, write: async (line) => void lines.push(line) });
    const path = join(await tempDir(), "filtered.ndjson");
    await writeFile(path, lines.join(""));
    const fresh = await createImportDatabase();
    try {
      const result = await runImport(fresh.bulk, await openInterchangeInput(path));
      expect(result.problems).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});
