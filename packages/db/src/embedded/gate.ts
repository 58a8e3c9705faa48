import net from "node:net";
import type { PGlite } from "@electric-sql/pglite";
import type { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { requirePassword } from "./password-auth";

export type SessionGate = {
  /** host:port that clients connect to. */
  address: string;
  close(): Promise<void>;
};

export type SessionGateOptions = {
  /** The unix socket the PGlite socket server listens on, in a folder only this user can open. */
  upstreamPath: string;
  /** TCP port on 127.0.0.1 (0: any free one). */
  port?: number;
  /** The password every client must give (md5) before the database sees anything of it. */
  password: string;
};

type Waiting = { client: net.Socket; startup: Buffer };

/**
 * PGlite is one session, and its socket server interleaves concurrent clients' messages. The gate lets
 * any number of clients connect (the running API, a CLI command) and gives the database to one
 * connection at a time, in arrival order: each waits until the one before it closes. Between two
 * connections the session is reset (an open transaction rolled back, prepared statements and settings
 * discarded), so each starts as on a fresh PostgreSQL connection.
 */
export async function startSessionGate(
  db: PGlite,
  upstream: PGLiteSocketServer,
  { upstreamPath, port = 0, password }: SessionGateOptions,
): Promise<SessionGate> {
  const waiting: Waiting[] = [];
  const pending = new Set<net.Socket>();
  let active: net.Socket | undefined;
  let closed = false;

  const resetSession = async () => {
    // The socket server detaches the last connection's handler a little after it closes (and rolls back).
    for (let waited = 0; upstream.getStats().activeConnections > 0 && waited < 2_000; waited += 5) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    // Always ROLLBACK (a warning when nothing is open): a client gone between Execute and Sync leaves an
    // implicit transaction that isInTransaction() does not see and in which DISCARD ALL is refused, so
    // its prepared statements stayed for the next connection ("prepared statement … already exists").
    await db.exec("ROLLBACK");
    await db.exec("DISCARD ALL");
  };

  const next = () => {
    if (active || closed) return;
    const entry = waiting.shift();
    if (!entry) return;
    const { client, startup } = entry;
    if (client.destroyed) return next();
    active = client;
    const session = net.connect(upstreamPath);
    // The client's startup message, held while it authenticated and waited, opens its session.
    session.write(startup);
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      client.destroy();
      session.destroy();
      resetSession()
        .catch(() => {})
        .finally(() => {
          active = undefined;
          next();
        });
    };
    client.on("close", end).on("error", end);
    session.on("close", end).on("error", end);
    client.pipe(session);
    session.pipe(client);
    client.resume();
  };

  const server = net.createServer((client) => {
    client.setNoDelay(true);
    client.on("error", () => {});
    pending.add(client);
    requirePassword(client, password).then((authenticated) => {
      pending.delete(client);
      if (!authenticated || closed) return void client.destroy();
      // Held until its turn: anything it sends meanwhile waits in the socket's buffer.
      client.pause();
      if (authenticated.rest.length > 0) client.unshift(authenticated.rest);
      waiting.push({ client, startup: authenticated.startup });
      next();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    address: `127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    close() {
      closed = true;
      for (const socket of [...pending, ...waiting.map((entry) => entry.client), active]) socket?.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
