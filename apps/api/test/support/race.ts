import type { TestDatabase } from "@accord/db/testing";
import pg from "pg";

/**
 * Connections of their own for tests of concurrent writers: `race` runs two transactions where the
 * second must wait for the first (checked); `closeAll` in afterEach ends every transaction left open.
 */
export function concurrentWriters(db: () => TestDatabase) {
  const clients: pg.Client[] = [];

  async function connect(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: db().url });
    await client.connect();
    clients.push(client);
    return client;
  }

  /** Resolves once the client's backend waits for a lock (the statement it runs is blocked). */
  async function blocked(client: pg.Client): Promise<void> {
    // pg keeps the backend's pid from the connection handshake: a query would queue behind the blocked one.
    const pid = (client as unknown as { processID: number }).processID;
    for (let i = 0; i < 200; i++) {
      const [row] = await db().prisma.$queryRaw<{ waiting: boolean }[]>`
        SELECT wait_event_type = 'Lock' AS waiting FROM pg_stat_activity WHERE pid = ${pid}`;
      if (row?.waiting) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`backend ${pid} never waited for a lock`);
  }

  /**
   * Two transactions at once: A writes and stays open, B's write must then wait for A (it is checked to
   * block), A commits, B finishes and commits.
   */
  async function race(first: (a: pg.Client) => Promise<unknown>, second: (b: pg.Client) => Promise<unknown>) {
    const [a, b] = [await connect(), await connect()];
    await a.query("BEGIN");
    await b.query("BEGIN");
    await first(a);
    const pending = second(b);
    await blocked(b);
    await a.query("COMMIT");
    await pending;
    await b.query("COMMIT");
  }

  // Closing a connection ends its transaction: a failed test leaves no lock behind for the next one.
  const closeAll = () => Promise.all(clients.splice(0).map((client) => client.end()));

  return { connect, race, blocked, closeAll };
}
