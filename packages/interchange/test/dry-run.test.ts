import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { EngagementRecord, InterchangeRecord } from "@accord/domain";
import { generateRecords, openInterchangeInput } from "../src";
import { createImportDatabase, type ImportDatabase, runCli, runImport, tempDir } from "./support/helpers";

/** Ten ways to break an engagement, each with the field the importer must name. */
const breakages: [string, (e: EngagementRecord) => unknown][] = [
  ["/title", (e) => ({ ...e, title: undefined })],
  ["/kind", (e) => ({ ...e, kind: "PICNIC" })],
  ["/start", (e) => ({ ...e, start: "2024-02-30", end: undefined })],
  ["/end", (e) => ({ ...e, start: "2024-05-02", end: "2024-05-01" })],
  ["/participants/0/actor", (e) => ({ ...e, participants: [{ actor: { scheme: "gen-person", value: "NOBODY" } }] })],
  [
    "/commitments/0/currency",
    (e) => ({
      ...e,
      commitments: [
        {
          committer: e.participants[0]?.actor,
          kind: "FINANCIAL",
          description: "Aid",
          amount: "100",
          status: "PLEDGED",
        },
      ],
    }),
  ],
  ["/venue", (e) => ({ ...e, venue: "Hall 1" })],
  ["", () => "{not json"],
  ["/citations/0/source", (e) => ({ ...e, citations: [{ source: { scheme: "gen-source", value: "MISSING" } }] })],
  ["/id", (e) => e],
];

/** Valid generated records with one broken record after every fourth engagement; where each one is. */
function mixedLines(): { lines: string[]; broken: { line: number; path: string }[] } {
  const records: InterchangeRecord[] = [...generateRecords({ engagements: 60, seed: 3 })];
  const engagements = records.filter((r): r is EngagementRecord => r.type === "engagement");
  const lines: string[] = [];
  const broken: { line: number; path: string }[] = [];
  let seen = 0;
  for (const record of records) {
    lines.push(JSON.stringify(record));
    if (record.type !== "engagement" || ++seen % 4 !== 0 || broken.length === breakages.length) continue;
    const [path, breakIt] = breakages[broken.length] as (typeof breakages)[number];
    const template = engagements[broken.length] as EngagementRecord;
    // The duplicate is an exact copy of the first engagement; the others get ids of their own.
    const result = breakIt(
      path === "/id"
        ? (engagements[0] as EngagementRecord)
        : { ...template, id: { scheme: "broken", value: String(broken.length) }, statements: [], commitments: [] },
    );
    lines.push(typeof result === "string" ? result : JSON.stringify(result));
    broken.push({ line: lines.length, path });
  }
  return { lines, broken };
}

describe("import --dry-run", () => {
  let db: ImportDatabase;
  let file: string;
  let expected: { line: number; path: string }[];
  beforeAll(async () => {
    db = await createImportDatabase();
    const { lines, broken } = mixedLines();
    expected = broken;
    file = join(await tempDir(), "mixed.ndjson");
    await writeFile(file, `${lines.join("\n")}\n`);
  });
  afterAll(async () => {
    await db.close();
  });

  it("lists all ten broken records with line and field, and writes nothing", async () => {
    const result = await runImport(db.bulk, await openInterchangeInput(file), true);
    expect(expected).toHaveLength(10);
    const errors = result.problems.filter((p) => p.severity === "error");
    // Each broken line is reported, with the field that is wrong (a record may have more than one problem).
    const reported = expected.map((e) => ({
      line: e.line,
      path: errors.find((p) => p.line === e.line && p.path === e.path)?.path,
    }));
    expect(reported).toEqual(expected);
    expect([...new Set(errors.map((p) => p.line))].sort((a, b) => a - b)).toEqual(expected.map((e) => e.line));
    expect(errors.every((p) => p.file === file)).toBe(true);
    expect(result.validation.rejected.size).toBe(10);
    expect(result.validation.valid.engagement).toBe(60);
    expect(await db.prisma.engagement.count()).toBe(0);
    expect(await db.prisma.actor.count()).toBe(0);
  });

  it("the CLI prints every problem as file:line path and exits 1", async () => {
    const run = await runCli(["import", "--dry-run", "--no-progress", file], db.url);
    const lines = run.stderr
      .trim()
      .split("\n")
      .filter((l) => l.startsWith("error:"));
    const linesReported = [...new Set(lines.map((l) => Number(/mixed\.ndjson:(\d+)/.exec(l)?.[1])))];
    expect(linesReported).toEqual(expected.map((e) => e.line));
    expect(run.stdout).toContain("dry run: nothing written");
    expect(run.code).toBe(1);
    expect(await db.prisma.engagement.count()).toBe(0);
  });
});
