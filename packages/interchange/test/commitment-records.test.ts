// Standalone commitments (a record of their own), joint ones, in-kind items on a commitment and on a
// stage, and a stage's own citations: imported, exported the same, and re-imported as unchanged.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { formatProblem, openInterchangeInput } from "../src";
import { createImportDatabase, exportText, type ImportDatabase, runImport, tempDir } from "./support/helpers";

const example = join(__dirname, "../../../docs/examples/seed-article.ndjson");
const seed = (value: string) => ({ scheme: "accord-seed", value });
const test = (value: string) => ({ scheme: "test", value });
const article = seed("source:diplomacy-journal/cho-rutte-2025-04-02");
const howitzers = {
  description: "155 mm howitzers",
  quantity: "18",
  unit: "units",
  estimatedValue: "75000000.25",
  currency: "EUR",
  valueAsReported: "€75 million",
  valuationMethod: "MARKET_PRICE",
  valuationNote: "Unit price from the manufacturer's 2024 list",
};

// Keys in the order the export writes them, so the export can be compared with the input byte for byte.
const jointPackage = {
  type: "commitment",
  id: test("commitment:S1"),
  committer: seed("actor:rok"),
  coCommitters: [seed("actor:japan"), seed("actor:nato")],
  beneficiary: seed("actor:ukraine"),
  kind: "MILITARY",
  description: "Joint artillery package",
  amount: "120000000",
  currency: "EUR",
  status: "DELIVERED",
  madeOn: "2025-05",
  madeOnApproximate: true,
  instrument: "IN_KIND",
  channel: seed("actor:nato"),
  history: [
    { status: "PLEDGED", effectiveOn: "2025-05", effectiveOnInferred: true },
    { status: "DELIVERED", effectiveOn: "2025-09-01", effectiveOnApproximate: true, note: "Arrived" },
  ],
  stages: [
    { kind: "PLEDGED", amount: "120000000", currency: "EUR", occurredOn: "2025-05", occurredOnInferred: true },
    {
      kind: "DELIVERED",
      amount: "50000000",
      currency: "EUR",
      amountAsReported: "€50 million",
      occurredOn: "2025-09-01",
      occurredOnApproximate: true,
      provider: seed("actor:japan"),
      receiver: seed("actor:ukraine"),
      note: "First delivery",
      items: [{ ...howitzers, quantity: "12", estimatedValue: "50000000", valuationMethod: "AS_REPORTED" }],
      citations: [
        { source: article, locator: "press briefing, para. 3" },
        { source: article, quote: "Ukraine", startOffset: 10, endOffset: 17 },
      ],
    },
  ],
  items: [howitzers, { description: "Artillery rounds", quantity: "20000.5", unit: "rounds" }],
  links: [{ kind: "PART_OF", to: seed("commitment:C1") }],
  citations: [{ source: article, locator: "annex" }],
};
const restatement = {
  type: "commitment",
  id: test("commitment:S2"),
  committer: seed("actor:japan"),
  kind: "MILITARY",
  description: "The package announced again",
  status: "ANNOUNCED",
  stages: [{ kind: "ANNOUNCED" }],
  links: [{ kind: "RESTATES", to: test("commitment:S1") }],
};

/** The seed's C1 with items of its own and a stage that has items and a citation (items go before links). */
function withItemsOnC1(line: string): string {
  const record = JSON.parse(line) as { commitments: Record<string, unknown>[] };
  record.commitments = record.commitments.map((c) => {
    if ((c.id as { value: string }).value !== "commitment:C1") return c;
    const stages = [
      ...(c.stages as object[]),
      {
        kind: "ALLOCATED",
        items: [howitzers],
        citations: [{ source: article, quote: "Ukraine", startOffset: 10, endOffset: 17 }],
      },
    ];
    const all: Record<string, unknown> = { ...c, stages, status: "IN_PROGRESS" };
    const { links, citations, ...rest } = all;
    return { ...rest, items: [{ description: "Generators", quantity: "40", unit: "units" }], links, citations };
  });
  return JSON.stringify(record);
}

async function fullText(): Promise<string> {
  const lines = (await readFile(example, "utf8")).trimEnd().split("\n");
  const edited = lines.map((line) =>
    line.includes('"commitment:C1"') && line.startsWith('{"type":"engagement"') ? withItemsOnC1(line) : line,
  );
  return `${[...edited, JSON.stringify(jointPackage), JSON.stringify(restatement)].join("\n")}\n`;
}

async function importText(db: ImportDatabase, text: string) {
  const path = join(await tempDir(), "records.ndjson");
  await writeFile(path, text);
  return runImport(db.bulk, await openInterchangeInput(path));
}

describe("standalone and joint commitments, items and stage citations in the interchange format", () => {
  const databases: ImportDatabase[] = [];
  const database = async () => {
    const db = await createImportDatabase();
    databases.push(db);
    return db;
  };
  afterAll(async () => {
    for (const db of databases) await db.close();
  });

  it("imports, exports the same bytes, and a re-run finds everything unchanged", async () => {
    const text = await fullText();
    const db = await database();
    const first = await importText(db, text);
    expect(first.problems).toEqual([]);
    expect(first.read.commitment).toBe(2);
    expect(first.counts.commitment).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 0 });
    expect(await exportText(db)).toBe(text);

    const again = await importText(db, text);
    expect(again.problems).toEqual([]);
    for (const type of ["topic", "actor", "source", "engagement", "commitment"] as const) {
      expect(again.counts[type]).toMatchObject({ created: 0, updated: 0, rejected: 0 });
    }
    expect(again.counts.commitment.unchanged).toBe(2);
    expect(await exportText(db)).toBe(text);

    const stored = await db.prisma.commitment.findFirstOrThrow({
      where: { externalValue: "commitment:S1" },
      select: {
        engagementId: true,
        madeOnApproximate: true,
        coCommitters: { select: { position: true }, orderBy: { position: "asc" } },
        items: { select: { stageId: true, estimatedValue: true }, orderBy: [{ stageId: "asc" }, { position: "asc" }] },
        stages: {
          select: {
            kind: true,
            citations: { select: { locator: true, commitmentId: true }, orderBy: { locator: "asc" } },
          },
        },
        linksTo: { select: { kind: true } },
      },
    });
    expect(stored.engagementId).toBeNull();
    expect(stored.madeOnApproximate).toBe(true);
    expect(stored.coCommitters).toHaveLength(2);
    expect(stored.items.map((i) => [i.stageId === null, i.estimatedValue?.toString() ?? null])).toEqual([
      [false, "50000000"],
      [true, "75000000.25"],
      [true, null],
    ]);
    const delivered = stored.stages.find((s) => s.kind === "DELIVERED")?.citations;
    expect(delivered?.map((c) => [c.locator, c.commitmentId])).toEqual([
      ["press briefing, para. 3", null],
      [null, null],
    ]);
    expect(stored.linksTo).toEqual([{ kind: "RESTATES" }]);
  });

  it("rewrites a changed standalone commitment in place, keeping its id and the links others hold to it", async () => {
    const text = await fullText();
    const db = await database();
    await importText(db, text);
    const before = await db.prisma.commitment.findFirstOrThrow({ where: { externalValue: "commitment:S1" } });
    const changed = text.replace("Joint artillery package", "Joint artillery and ammunition package");
    const result = await importText(db, changed);
    expect(result.problems).toEqual([]);
    expect(result.counts.commitment).toEqual({ created: 0, updated: 1, unchanged: 1, rejected: 0 });
    expect(await exportText(db)).toBe(changed);
    const after = await db.prisma.commitment.findFirstOrThrow({ where: { externalValue: "commitment:S1" } });
    expect(after.id).toBe(before.id);
    expect(after.version).toBe(before.version + 1);
  });

  it("moves a commitment out of its engagement by a record of its own, and refuses the reverse by field", async () => {
    const db = await database();
    const seedText = await readFile(example, "utf8");
    await importText(db, seedText);
    const c5 = await db.prisma.commitment.findFirstOrThrow({ where: { externalValue: "commitment:C5" } });
    const { type: _type, id: _id, links: _links, ...fields } = jointPackage;
    const moved = await importText(
      db,
      `${JSON.stringify({ type: "commitment", id: seed("commitment:C5"), ...fields })}\n`,
    );
    expect(moved.problems).toEqual([]);
    expect(moved.counts.commitment).toEqual({ created: 0, updated: 1, unchanged: 0, rejected: 0 });
    const after = await db.prisma.commitment.findFirstOrThrow({ where: { externalValue: "commitment:C5" } });
    expect([after.id, after.engagementId, after.statementId]).toEqual([c5.id, null, null]);

    // engagement:2 names a commitment that is now standalone: rejected by field, the rest still written.
    const engagement2 = seedText.split("\n").find((line) => line.includes('"engagement:2"')) ?? "";
    const changed = engagement2.replace('"title":"Cho Tae-yul – Mark Rutte meeting"', '"title":"Cho–Rutte meeting"');
    expect(changed).not.toBe(engagement2);
    const refused = await importText(db, `${seedText.replace(engagement2, changed)}`);
    expect(refused.problems.map((p) => `${p.record} ${p.path}: ${p.message}`)).toEqual([
      "accord-seed:engagement:2 /commitments/4/id: accord-seed:commitment:C5 is a commitment of no engagement in the database: write it as a commitment record, or give this one another id",
    ]);
    expect(refused.counts.engagement).toEqual({ created: 0, updated: 0, unchanged: 2, rejected: 1 });
  });

  it("refuses a wrong standalone commitment with the record, the field and the reason", async () => {
    const db = await database();
    const { type: _type, id: _id, ...fields } = jointPackage;
    const bad = (changes: Record<string, unknown>) =>
      JSON.stringify({ type: "commitment", id: test("bad"), ...fields, ...changes });
    const lines = [
      ...(await readFile(example, "utf8")).trimEnd().split("\n"),
      JSON.stringify({ type: "commitment", ...fields }),
      bad({ statement: seed("statement:2.12") }),
      bad({
        items: [
          { description: "Trucks", estimatedValue: "5" },
          { description: "Fuel", valuationMethod: "OTHER" },
        ],
      }),
      bad({ stages: [{ kind: "DELIVERED", items: [{ description: "Tents", quantity: "0" }] }] }),
      bad({ stages: [{ kind: "DELIVERED", citations: [{ source: test("no-such-source") }] }] }),
      bad({ coCommitters: [seed("actor:rok")] }),
    ];
    const result = await importText(db, `${lines.join("\n")}\n`);
    const messages = result.problems.map((p) => formatProblem({ ...p, file: "f" }));
    const n = lines.length - 5;
    expect(messages).toEqual([
      `error: f:${n} /id: is required`,
      `error: f:${n + 1} test:bad /statement: is not a field of this record`,
      `error: f:${n + 2} test:bad /items/0/currency: estimatedValue and currency go together`,
      `error: f:${n + 2} test:bad /items/1/valuationMethod: describes an estimated value: give estimatedValue and currency`,
      `error: f:${n + 3} test:bad /stages/0/items/0/quantity: must be more than zero`,
      `error: f:${n + 4} test:bad /stages/0/citations/0/source: no source test:no-such-source in the input or the database`,
      `error: f:${n + 5} test:bad /coCommitters/0: accord-seed:actor:rok is already a committer`,
    ]);
    expect(result.counts.commitment).toEqual({ created: 0, updated: 0, unchanged: 0, rejected: 6 });
    expect(await db.prisma.commitment.count({ where: { engagementId: null } })).toBe(0);
  });
});
