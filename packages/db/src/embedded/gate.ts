import net from "node:net";
import type { PGlite } from "@electric-sql/pglite";
import type { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type SessionGate = {
  /** host:port that clients connect to. */
  address: string;
  close(): Promise<void>;
};

/**
 * PGlite is one session, and its socket server interleaves concurrent clients' messages. The gate lets
 * any number of clients connect (the running API, a CLI command) and gives the database to one
 * connection at a time, in arrival order: each waits until the one before it closes. Between two
 * connections the session is reset (an open transaction rolled back, prepared statements and settings
 * discarded), so each starts as on a fresh PostgreSQL connection.
 */
export async function startSessionGate(db: PGlite, upstream: PGLiteSocketServer, port = 0): Promise<SessionGate> {
  const [host = "127.0.0.1", upstreamPort = ""] = upstream.getServerConn().split(":");
  const waiting: net.Socket[] = [];
  let active: net.Socket | undefined;
  let closed = false;

  const resetSession = async () => {
    // The socket server detaches the last connection's handler a little after it closes (and rolls back).
    for (let waited = 0; upstream.getStats().activeConnections > 0 && waited < 2_000; waited += 5) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    if (db.isInTransaction()) await db.exec("ROLLBACK");
    await db.exec("DISCARD ALL");
  };

  const next = () => {
    if (active || closed) return;
    const client = waiting.shift();
    if (!client) return;
    if (client.destroyed) return next();
    active = client;
    const session = net.connect(Number(upstreamPort), host);
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
    // Held until its turn: the client's startup message waits in the socket's buffer.
    client.pause();
    client.on("error", () => {});
    waiting.push(client);
    next();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    address: `127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    close() {
      closed = true;
      for (const socket of [...waiting, active]) socket?.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
