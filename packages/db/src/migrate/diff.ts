import { readFile } from "node:fs/promises";
import path from "node:path";
import { openSchemaEngine } from "./engine";
import { schemaPath as defaultSchemaPath, noFilters } from "./migrations";

export type DiffDatabaseOptions = { databaseUrl: string; schemaPath?: string };

/**
 * The SQL that would take the live database to schema.prisma, or null when they match. Prisma does
 * not model triggers, functions or CHECK constraints, so the hand-written ones never show up here.
 */
export async function diffDatabaseAgainstSchema(options: DiffDatabaseOptions): Promise<string | null> {
  const schemaPath = path.resolve(options.schemaPath ?? defaultSchemaPath);
  const text = await readFile(schemaPath, "utf8");
  const files = [{ path: schemaPath, content: text }];
  const { engine, close } = await openSchemaEngine({
    databaseUrl: options.databaseUrl,
    schema: { path: schemaPath, text },
  });
  try {
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files, configDir: path.dirname(schemaPath) },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: true,
      filters: noFilters,
    });
    // exitCode 2 means "not empty"; 0 comes with a "-- This is an empty migration." script.
    return result.exitCode === 2 ? (result.stdout ?? "") : null;
  } finally {
    await close();
  }
}
