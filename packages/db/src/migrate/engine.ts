import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { isEmbeddedDatabaseUrl } from "../embedded/registry";

/** The subset of the WebAssembly schema engine's API that Accord uses. */
export type SchemaEngine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diagnoseMigrationHistory(input: unknown): Promise<{
    editedMigrationNames: string[];
    failedMigrationNames: string[];
    hasMigrationsTable: boolean;
    history: {
      diagnostic: "databaseIsBehind" | "migrationsDirectoryIsBehind" | "historiesDiverge";
      unappliedMigrationNames?: string[];
      unpersistedMigrationNames?: string[];
    } | null;
  }>;
  free(): void;
};

type EngineModule = {
  __wbg_set_wasm(wasm: unknown): void;
  SchemaEngine: {
    new: (options: unknown, log: (message: string) => void, adapter: unknown) => Promise<SchemaEngine>;
  };
};

// Node has WebAssembly; the ES lib types do not describe it, so declare the one call we make.
declare const WebAssembly: {
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: Record<string, unknown> } }>;
};

let enginePromise: Promise<EngineModule> | undefined;
let lastPanic: string | undefined;

// The glue reports a Rust panic here before the call dies with a bare "unreachable": keep its message.
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message: string) {
    lastPanic = message;
  },
};

/** Rethrows an engine failure with the panic message the engine reported, if it panicked. */
function withPanicMessage<A extends unknown[], R>(call: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    lastPanic = undefined;
    try {
      return await call(...args);
    } catch (error) {
      if (lastPanic) throw new Error(`the schema engine panicked: ${lastPanic}`);
      throw error;
    }
  };
}

// The package's own entry imports a .wasm file as ESM, which Node 20 rejects: instantiate it by hand.
async function loadEngineModule(): Promise<EngineModule> {
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = (await import(pathToFileURL(gluePath).href)) as EngineModule;
  const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  // The engine's timers (query timeouts) must not keep a finished CLI process alive.
  const imports: Record<string, unknown> = { ...glue };
  for (const name of Object.keys(imports).filter((n) => n.startsWith("__wbg_setTimeout"))) {
    imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
  }
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": imports as never });
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
  /** Pool size; defaults to 1 on the embedded database (one connection at a time), else 2. */
  maxConnections?: number;
};

export type OpenedEngine = { engine: SchemaEngine; close(): Promise<void> };

/** Opens the WebAssembly schema engine on a database through the pg driver adapter. */
export async function openSchemaEngine(options: OpenEngineOptions): Promise<OpenedEngine> {
  enginePromise ??= loadEngineModule();
  const glue = await enginePromise;
  // Our own pool, so that closing the engine closes its connections instead of waiting on idle timeouts.
  const max = options.maxConnections ?? (isEmbeddedDatabaseUrl(options.databaseUrl) ? 1 : 2);
  const pool = new pg.Pool({ connectionString: options.databaseUrl, connectionTimeoutMillis: 8_000, max });
  // Every connection the pool opened and that has not ended, from the pool's public events.
  const clients = new Set<pg.PoolClient>();
  pool.on("connect", (client) => {
    clients.add(client);
    client.once("end", () => clients.delete(client));
  });
  const factory = bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool) as never);
  const datamodels = options.schema ? [[options.schema.path, options.schema.text]] : undefined;
  const raw = await withPanicMessage(glue.SchemaEngine.new.bind(glue.SchemaEngine))(
    { datamodels },
    options.log ?? (() => {}),
    factory,
  );
  const engine: SchemaEngine = {
    diff: withPanicMessage((params) => raw.diff(params)),
    applyMigrations: withPanicMessage((input) => raw.applyMigrations(input)),
    diagnoseMigrationHistory: withPanicMessage((input) => raw.diagnoseMigrationHistory(input)),
    free: () => raw.free(),
  };
  return {
    engine,
    async close() {
      engine.free();
      // free() does not hand back a connection the engine holds; end them so nothing lingers.
      await Promise.all([...clients].map((client) => (client as unknown as pg.Client).end().catch(() => {})));
      await pool.end();
    },
  };
}
