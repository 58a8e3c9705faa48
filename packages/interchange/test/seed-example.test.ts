import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { seedDatabase } from "@accord/db";
import { openInterchangeInput } from "../src";
import { createImportDatabase, exportText, type ImportDatabase, runImport } from "./support/helpers";

const example = join(__dirname, "../../../docs/examples/seed-article.ndjson");

describe("the worked example (docs/examples/seed-article.ndjson)", () => {
  const databases: ImportDatabase[] = [];
  afterAll(async () => {
    for (const db of databases) await db.close();
  });

  it("is the export of the seeded database, and imports back to the same export", async () => {
    const seeded = await createImportDatabase();
    databases.push(seeded);
    await seedDatabase(seeded.prisma);
    const text = await readFile(example, "utf8");
    expect(await exportText(seeded)).toBe(text);

    const imported = await createImportDatabase();
    databases.push(imported);
    const result = await runImport(imported.bulk, await openInterchangeInput(example));
    expect(result.problems).toEqual([]);
    expect(result.counts.engagement).toEqual({ created: 3, updated: 0, unchanged: 0, rejected: 0 });
    expect(await exportText(imported)).toBe(text);
    // The importer and the seed turn the same history and money into the same stages.
    const stages = (db: ImportDatabase) =>
      db.prisma.$queryRawUnsafe(`SELECT c.external_value, s.position, s.kind::text, s.amount::text, s.currency,
        s.amount_as_reported, s.occurred_on::text, s.occurred_on_precision::text, s.note
        FROM commitment_stage s JOIN commitment c ON c.id = s.commitment_id ORDER BY 1, 2`);
    expect(await stages(imported)).toEqual(await stages(seeded));
    expect(await stages(imported)).toHaveLength(5);
  });
});
