import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { openInterchangeInput } from "../src";
import { createImportDatabase, exportText, type ImportDatabase, runImport, tempDir } from "./support/helpers";

const example = join(__dirname, "../../../docs/examples/seed-article.ndjson");
const ref = (value: string) => ({ scheme: "accord-seed", value });

// Stages of their own: tranches with amounts, another provider and receiver, an inferred date.
const stages = [
  { kind: "PLEDGED", amount: "2000000000", currency: "USD", amountAsReported: "$2 billion", occurredOn: "2025-04-02" },
  { kind: "COMMITTED", amount: "1500000000", currency: "USD", occurredOn: "2025-06", occurredOnInferred: true },
  { kind: "DISBURSED", amount: "250000000.5", currency: "USD", provider: ref("actor:nato"), note: "First tranche" },
  { kind: "DISBURSED", amount: "100000000", currency: "EUR", occurredOn: "2025", receiver: ref("actor:nato") },
];

type Line = { type: string; commitments?: { id: { value: string }; stages?: unknown }[] };

async function importText(db: ImportDatabase, text: string) {
  const path = join(await tempDir(), "records.ndjson");
  await writeFile(path, text);
  return runImport(db.bulk, await openInterchangeInput(path));
}

function withStages(text: string, commitment: string, value: unknown): string {
  return withFields(text, commitment, { stages: value });
}

function withFields(text: string, commitment: string, fields: Record<string, unknown>): string {
  return text
    .split("\n")
    .map((line) => {
      if (!line.includes(`"commitment:${commitment}"`)) return line;
      const record = JSON.parse(line) as Line;
      for (const c of record.commitments ?? []) if (c.id.value === `commitment:${commitment}`) Object.assign(c, fields);
      return JSON.stringify(record);
    })
    .join("\n");
}

describe("stages in the interchange format", () => {
  const databases: ImportDatabase[] = [];
  afterAll(async () => {
    for (const db of databases) await db.close();
  });

  it("round-trips every stage: import then export gives the same records", async () => {
    // A concessional loan through NATO, keys in the order the export writes them.
    const text = withStages(await readFile(example, "utf8"), "C1", stages).replace(
      '"madeOnInferred":true,"statement":{"scheme":"accord-seed","value":"statement:2.12"},"history":[{"status":"ANNOUNCED"',
      '"madeOnInferred":true,"instrument":"LOAN","concessional":true,"channel":{"scheme":"accord-seed","value":"actor:nato"},"statement":{"scheme":"accord-seed","value":"statement:2.12"},"history":[{"status":"ANNOUNCED"',
    );
    expect(text).toContain('"instrument":"LOAN"');
    expect(text).not.toBe(await readFile(example, "utf8"));
    const db = await createImportDatabase();
    databases.push(db);
    const result = await importText(db, text);
    expect(result.problems).toEqual([]);
    expect(await exportText(db)).toBe(text);
    const stored = await db.prisma.commitmentStage.findMany({
      where: { commitment: { externalValue: "commitment:C1" } },
      orderBy: { position: "asc" },
      select: { kind: true, occurredOnInferred: true, providerId: true },
    });
    expect(stored.map((s) => s.kind)).toEqual(["PLEDGED", "COMMITTED", "DISBURSED", "DISBURSED"]);
    expect(stored.map((s) => s.occurredOnInferred)).toEqual([false, true, false, false]);
  });

  it("refuses a stage with an amount but no currency, or an unknown provider, naming the record and field", async () => {
    const db = await createImportDatabase();
    databases.push(db);
    const problemsOf = async (broken: unknown) => {
      const result = await importText(db, withStages(await readFile(example, "utf8"), "C1", broken));
      return result.problems.map((p) => `${p.path} ${p.message}`).join("\n");
    };
    expect(await problemsOf([{ kind: "PLEDGED" }, { kind: "DISBURSED", amount: "5" }])).toMatch(
      /commitments\/0\/stages\/1\/currency amount and currency go together/,
    );
    expect(await problemsOf([{ kind: "DELIVERED", provider: ref("actor:nobody") }])).toMatch(
      /commitments\/0\/stages\/0\/provider.*actor:nobody/,
    );
    expect(await db.prisma.commitmentStage.count()).toBe(0);
  });
});
