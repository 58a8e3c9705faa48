import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

/** The subset of the WebAssembly schema engine's API that Accord uses. */
export type SchemaEngine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diagnoseMigrationHistory(input: unknown): Promise<{
    editedMigrationNames: string[];
    failedMigrationNames: string[];
    hasMigrationsTable: boolean;
    history: { diagnostic: string; unappliedMigrationNames?: string[]; unpersistedMigrationNames?: string[] } | null;
  }>;
  free(): void;
};

type EngineModule = {
  __wbg_set_wasm(wasm: unknown): void;
  SchemaEngine: {
    new: (options: unknown, log: (message: string) => void, adapter: unknown) => Promise<SchemaEngine>;
  };
};

let enginePromise: Promise<EngineModule> | undefined;

// The package's own entry imports a .wasm file as ESM, which Node 20 rejects: instantiate it by hand.
async function loadEngineModule(): Promise<EngineModule> {
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = (await import(pathToFileURL(gluePath).href)) as EngineModule;
  const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue as never });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  return glue;
}

export type OpenEngineOptions = {
  /** PostgreSQL connection string of the database the engine works on. */
  databaseUrl: string;
  /** Path and text of schema.prisma, for diffs against the schema. */
  schema?: { path: string; text: string };
  log?: (message: string) => void;
};

/** Opens the WebAssembly schema engine on a database through the pg driver adapter. */
export async function openSchemaEngine(options: OpenEngineOptions): Promise<SchemaEngine> {
  enginePromise ??= loadEngineModule();
  const glue = await enginePromise;
  const factory = bindMigrationAwareSqlAdapterFactory(
    new PrismaPg({ connectionString: options.databaseUrl, connectionTimeoutMillis: 8_000 }) as never,
  );
  const datamodels = options.schema ? [[options.schema.path, options.schema.text]] : undefined;
  return glue.SchemaEngine.new({ datamodels }, options.log ?? (() => {}), factory);
}
