import type { RecordInput } from "../../src";
import { createImportDatabase, type ImportDatabase, runImport } from "./helpers";

export type ImportedInOrder = { db: ImportDatabase; lines: string[] };

/**
 * Imports each input twice in the order given, on a database of its own; the second run of each must write
 * nothing. The calling file's databases are closed after its tests.
 */
export function useImportsInOrder(): (inputs: (() => Promise<RecordInput>)[]) => Promise<ImportedInOrder> {
  const databases: ImportDatabase[] = [];
  afterAll(async () => {
    for (const db of databases) await db.close();
  });
  return async (inputs) => {
    const db = await createImportDatabase();
    databases.push(db);
    const lines: string[] = [];
    for (const open of inputs) {
      const first = await runImport(db.bulk, await open());
      expect(first.problems.filter((p) => p.severity === "error")).toEqual([]);
      lines.push(...first.finished);
      const again = await runImport(db.bulk, await open());
      for (const tally of Object.values(again.counts)) expect(tally).toMatchObject({ created: 0, updated: 0 });
      expect(again.finished.join("\n")).not.toMatch(/: [1-9]\d* added/);
    }
    return { db, lines };
  };
}
