import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readdir, rename, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import type { PGLiteSocketServer } from "@electric-sql/pglite-socket";
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
  /** postgresql:// URL with this start's generated password and sslmode=disable (no TLS on loopback). */
  url: string;
  dataDir: string;
  /** True when this start created the database files. */
  created: boolean;
  startupMs: number;
  /** Closes the socket server and PGlite (a clean shutdown checkpoint) and releases the lock. */
  stop(): Promise<void>;
};

// Loaded only when an embedded database starts: PGlite's code (about 0.5 MB) is compiled again by every process,
// and every jest test file, that imports @accord/db.
function loadPGlite(): { PGlite: typeof PGlite; PGLiteSocketServer: typeof PGLiteSocketServer } {
  return {
    PGlite: require("@electric-sql/pglite").PGlite,
    PGLiteSocketServer: require("@electric-sql/pglite-socket").PGLiteSocketServer,
  };
}

async function isEmpty(dir: string): Promise<boolean> {
  const entries = await readdir(dir);
  return entries.every((name) => name === metaFileName);
}

// A first start killed while PGlite ran initdb leaves a folder without our meta file: it holds no data yet.
async function openPGlite(dataDir: string, log: (line: string) => void): Promise<{ db: PGlite; created: boolean }> {
  const meta = await readEmbeddedMeta(dataDir);
  const created = !meta.createdAt;
  const { PGlite } = loadPGlite();
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
  let socketDir: string | undefined;
  try {
    await mkdir(dataDir, { recursive: true });
    const opened = await openPGlite(dataDir, log);
    db = opened.db;
    if (opened.created) await updateEmbeddedMeta(dataDir, { createdAt: new Date().toISOString() });
    // One connection: the server interleaves the messages of concurrent clients and breaks their statements.
    // It listens on a unix socket in a folder only this user can open (mkdtemp makes it 0700); clients
    // reach it through the session gate on 127.0.0.1, which asks for a password generated at each start.
    socketDir = await mkdtemp(path.join(os.tmpdir(), "accord-pglite-"));
    const upstreamPath = path.join(socketDir, "pglite.sock");
    const { PGLiteSocketServer } = loadPGlite();
    const server = new PGLiteSocketServer({ db, path: upstreamPath, maxConnections: 1 });
    await server.start();
    const password = randomBytes(18).toString("base64url");
    const gate = await startSessionGate(db, server, { upstreamPath, port: options.port, password }).catch(
      async (error: Error) => {
        await server.stop();
        throw new Error(`cannot serve the embedded database on 127.0.0.1:${options.port ?? 0}: ${error.message}`);
      },
    );
    const url = `postgresql://postgres:${password}@${gate.address}/postgres?sslmode=disable`;
    const unregister = registerEmbeddedUrl(url);
    // Other processes (the CLI while the API runs) find the database here instead of opening the folder.
    await writeAddress(dataDir, url);
    const openDb = db;
    const openSocketDir = socketDir;
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
            await rm(openSocketDir, { recursive: true, force: true });
            lock.release();
          }
        })();
        return stopping;
      },
    };
  } catch (error) {
    await db?.close().catch(() => {});
    if (socketDir) await rm(socketDir, { recursive: true, force: true });
    lock.release();
    throw error;
  }
}
