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
  });
});
