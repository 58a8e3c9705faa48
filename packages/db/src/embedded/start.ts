import { mkdir, readdir, rename } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { removeAddress, writeAddress } from "./address";
import { startSessionGate } from "./gate";
import { lockDataDir } from "./lock";
import { metaFileName, readEmbeddedMeta, updateEmbeddedMeta } from "./meta";
import { registerEmbeddedUrl } from "./registry";

export type StartEmbeddedDatabaseOptions = {
  /** Folder holding the database files; created when missing. */
  dataDir: string;
  /** TCP port on 127.0.0.1; a free ephemeral port when omitted. */
  port?: number;
  log?: (line: string) => void;
};

export type EmbeddedDatabase = {
  /** postgresql:// URL with sslmode=disable (the socket server hangs on an SSL request otherwise). */
  url: string;
  dataDir: string;
  /** True when this start created the database files. */
  created: boolean;
  startupMs: number;
  /** Closes the socket server and PGlite (a clean shutdown checkpoint) and releases the lock. */
  stop(): Promise<void>;
};

async function isEmpty(dir: string): Promise<boolean> {
  const entries = await readdir(dir);
  return entries.every((name) => name === metaFileName);
}

// A first start killed while PGlite ran initdb leaves a folder without our meta file: it holds no data yet.
async function openPGlite(dataDir: string, log: (line: string) => void): Promise<{ db: PGlite; created: boolean }> {
  const meta = await readEmbeddedMeta(dataDir);
  const created = !meta.createdAt;
  try {
    return { db: await PGlite.create(dataDir), created };
  } catch (error) {
    if (meta.createdAt || (await isEmpty(dataDir))) {
      throw new Error(`cannot open the embedded database in ${dataDir}: ${(error as Error).message}`);
    }
    const aside = `${dataDir}.incomplete-${Date.now()}`;
    log(`the embedded database in ${dataDir} never finished its first start; moved it to ${aside} and starting afresh`);
    await rename(dataDir, aside);
    await mkdir(dataDir, { recursive: true });
    return { db: await PGlite.create(dataDir), created: true };
  }
}

/** Starts PGlite on a folder and serves it over the PostgreSQL wire protocol on 127.0.0.1. */
export async function startEmbeddedDatabase(options: StartEmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const started = Date.now();
  const dataDir = path.resolve(options.dataDir);
  const log = options.log ?? (() => {});
  await mkdir(path.dirname(dataDir), { recursive: true });
  const lock = lockDataDir(dataDir);
  let db: PGlite | undefined;
  try {
    await mkdir(dataDir, { recursive: true });
    const opened = await openPGlite(dataDir, log);
    db = opened.db;
    if (opened.created) await updateEmbeddedMeta(dataDir, { createdAt: new Date().toISOString() });
    // One connection: the server interleaves the messages of concurrent clients and breaks their statements.
    // Clients reach it through the session gate, which lets them in one at a time.
    const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 1 });
    await server.start();
    const gate = await startSessionGate(db, server, options.port).catch(async (error: Error) => {
      await server.stop();
      throw new Error(`cannot serve the embedded database on 127.0.0.1:${options.port ?? 0}: ${error.message}`);
    });
    const url = `postgresql://postgres@${gate.address}/postgres?sslmode=disable`;
    const unregister = registerEmbeddedUrl(url);
    // Other processes (the CLI while the API runs) find the database here instead of opening the folder.
    await writeAddress(dataDir, url);
    const openDb = db;
    let stopping: Promise<void> | undefined;
    return {
      url,
      dataDir,
      created: opened.created,
      startupMs: Date.now() - started,
      stop() {
        stopping ??= (async () => {
          unregister();
          try {
            await removeAddress(dataDir, url);
            await gate.close();
            await server.stop();
            await openDb.close();
          } finally {
            lock.release();
          }
        })();
        return stopping;
      },
    };
  } catch (error) {
    await db?.close().catch(() => {});
    lock.release();
    throw error;
  }
}
