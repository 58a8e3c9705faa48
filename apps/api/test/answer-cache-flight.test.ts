// Concurrent identical misses of the analytics answer cache share one read (compiled-reads/single-flight.ts):
// the grouping runs once on PostgreSQL, a failure reaches every waiter and is not kept, and a waiter whose
// request is cancelled leaves the others' read running. Identical anonymous requests meet before that, in
// the fast lane: one goes through Apollo, the others wait for its answer and are laned. The tables read are locked while requests
// gather, so the first read waits in PostgreSQL until every request has joined or started its own.
import { runInStatementScope, StatementScope } from "@accord/db";
import pg from "pg";
import { fromGlobalId } from "../src/common/global-id";
import { answerFlights } from "../src/compiled-reads/answer-cache";
import type { CompiledRead } from "../src/compiled-reads/compile";
import { runCompiledRead } from "../src/compiled-reads/run-sql";
import { SingleFlight } from "../src/compiled-reads/single-flight";
import { loadLimitsConfig } from "../src/limits/limits.config";
import { useCountedServer } from "./support/counted-server";
import { generateEngagements } from "./support/generate-engagements";

const limits = loadLimitsConfig();
/** How each compiled answer went out. */
const vias: ("apollo" | "lane")[] = [];
const t = useCountedServer({
  seeded: true,
  maxConnections: 10,
  fill: (prisma) => generateEngagements(prisma, { actors: 100, engagements: 300 }),
  limits: { ...limits, rateLimit: { ...limits.rateLimit, address: 0, token: 0 } },
  compiledReads: { onAnswered: (_name, via) => vias.push(via) },
});

const requests = 6;
const byParticipant = "query { engagementCounts(groupBy: [PARTICIPANT]) { count participant { id } } }";

/** Reads run with their data version (answer-cache.ts' withVersion): one per computation of an answer. */
const groupings = () => t.statements.filter((sql) => sql.startsWith("SELECT -1 AS r,")).length;

type Answer = {
  data?: { engagementCounts: { count: number; participant: { id: string } | null }[] };
  errors?: unknown[];
};

/** The grouping asked anonymously, or (`lane: false`) with a refused token: read anonymously, never laned. */
const ask = async ({ lane = true, query = byParticipant } = {}): Promise<Answer> => {
  const token: Record<string, string> = lane ? {} : { authorization: "Bearer acc_notarealtoken" };
  const response = await fetch(t.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...token },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as Answer;
};

const asCounts = (answer: Answer) =>
  Object.fromEntries(
    answer.data!.engagementCounts.map((g) => [g.participant ? fromGlobalId(g.participant.id).id : "none", g.count]),
  );

async function direct(): Promise<Record<string, number>> {
  const rows = await t.prisma.$queryRawUnsafe<
    { key: string; n: number }[]
  >(`SELECT coalesce(p.actor_id::text, 'none') AS key,
    count(*)::int AS n FROM engagement e LEFT JOIN participant p ON p.engagement_id = e.id GROUP BY 1`);
  return Object.fromEntries(rows.map((r) => [r.key, r.n]));
}

async function until(condition: () => boolean | Promise<boolean>, what: string) {
  for (let i = 0; i < 250; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting until ${what}`);
}

/**
 * Holds ACCESS EXCLUSIVE locks on what the groupings by participant read (the participants, or their key
 * totals) until released; no write, so the data version stays.
 */
async function lockParticipants() {
  const client = new pg.Client({ connectionString: t.db.url });
  await client.connect();
  await client.query("BEGIN");
  await client.query("LOCK TABLE participant, engagement_key_total, engagement_key_tally IN ACCESS EXCLUSIVE MODE");
  return async () => {
    await client.query("ROLLBACK");
    await client.end();
  };
}

/** Backends of this database waiting for the lock with a versioned read. */
const waitingReads = async () =>
  (
    await t.prisma.$queryRawUnsafe<{ pid: number }[]>(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'
        AND query LIKE 'SELECT -1 AS r,%'`,
    )
  ).map((row) => row.pid);

/** A hand-written versioned read grouping participants by actor, as a compiled analytics read is. */
const groupingRead = (tag: string): CompiledRead => ({
  text: `SELECT 0 AS r, (SELECT json_agg(json_build_object('actor', actor_id, 'n', n) ORDER BY actor_id)::text
    FROM (SELECT actor_id, count(*)::int AS n FROM participant GROUP BY actor_id) g) AS t /* ${tag} */`,
  values: [],
  keys: ["groups"],
  reusable: true,
  compact: false,
  versioned: true,
});

const inScope = (scope: StatementScope, read: CompiledRead) =>
  runInStatementScope(scope, () => runCompiledRead(t.prisma, read));

describe("single flight of the analytics answer cache", () => {
  it("runs the grouping once for concurrent identical requests on a cold cache, each with the same answer", async () => {
    const release = await lockParticipants();
    const [before, joined] = [groupings(), answerFlights.joined];
    const answers = Promise.all(Array.from({ length: requests }, () => ask({ lane: false })));
    try {
      await until(() => answerFlights.joined - joined === requests - 1, "every request joined the first read");
      expect((await waitingReads()).length).toBe(1);
    } finally {
      await release();
    }
    const answered = await answers;
    expect(groupings() - before).toBe(1);
    for (const answer of answered) expect(answer.errors).toBeUndefined();
    const counts = answered.map(asCounts);
    for (const each of counts) expect(each).toEqual(counts[0]);
    expect(counts[0]).toEqual(await direct());
    expect(answerFlights.size).toBe(0);
  });

  it("sends one of concurrent identical anonymous requests through Apollo, the others laned with its answer", async () => {
    // Another grouping than the test before's, so that the cache does not hold it.
    const query = "query { engagementCounts(groupBy: [PARTICIPANT, YEAR]) { count period participant { id } } }";
    const release = await lockParticipants();
    const [before, joined, answered] = [groupings(), answerFlights.joined, vias.length];
    const replies = Promise.all(Array.from({ length: requests }, () => ask({ query })));
    try {
      await until(async () => (await waitingReads()).length === 1, "the first read waits for the lock");
      // Time for the others to arrive: through Apollo they would join the read, in the lane they wait.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(answerFlights.joined - joined).toBe(0);
    } finally {
      await release();
    }
    const texts = (await replies).map((reply) => JSON.stringify(reply));
    expect(groupings() - before).toBe(1);
    expect(vias.slice(answered).sort()).toEqual(["apollo", ...Array(requests - 1).fill("lane")]);
    for (const text of texts) expect(text).toBe(texts[0]);
    expect(JSON.parse(texts[0] as string).errors).toBeUndefined();
  });

  it("gives a failed read to every waiter, each its own error, and keeps nothing of it", async () => {
    const read = groupingRead("failure");
    const release = await lockParticipants();
    const [before, joined] = [groupings(), answerFlights.joined];
    const outcomes = Promise.allSettled(Array.from({ length: requests }, () => runCompiledRead(t.prisma, read)));
    try {
      await until(() => answerFlights.joined - joined === requests - 1, "every call joined the first read");
      const [pid, ...others] = await waitingReads();
      expect(others).toEqual([]);
      await t.prisma.$queryRawUnsafe("SELECT pg_cancel_backend($1)", pid);
      const settled = await outcomes;
      const errors = settled.map((outcome) => (outcome.status === "rejected" ? outcome.reason : outcome));
      for (const error of errors) expect(error).toMatchObject({ code: "57014" });
      expect(new Set(errors).size).toBe(requests);
      expect(answerFlights.size).toBe(0);
    } finally {
      await release();
    }
    expect(groupings() - before).toBe(1);
    // Not kept: the next call reads anew, and answers.
    const answer = JSON.parse((await runCompiledRead(t.prisma, read)).toString("utf8"));
    expect(groupings() - before).toBe(2);
    expect(answer.groups.length).toBeGreaterThan(0);
  });

  it("lets a waiter whose request is cancelled leave, the read going on for the others", async () => {
    const read = groupingRead("one leaves");
    const release = await lockParticipants();
    const before = groupings();
    const [leaving, staying] = [new StatementScope(), new StatementScope()];
    const left = inScope(leaving, read);
    const stayed = inScope(staying, read);
    try {
      await until(async () => (await waitingReads()).length === 1, "the read waits for the lock");
      await leaving.cancel("the test's request timeout");
      await expect(left).rejects.toMatchObject({ code: "57014", message: expect.stringContaining("request timeout") });
      // The read still waits for the lock, for the request that stayed.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await waitingReads()).length).toBe(1);
    } finally {
      await release();
    }
    const answer = JSON.parse((await stayed).toString("utf8"));
    const total = answer.groups.reduce((n: number, g: { n: number }) => n + g.n, 0);
    const [row] = await t.prisma.$queryRawUnsafe<{ n: number }[]>("SELECT count(*)::int AS n FROM participant");
    expect(total).toBe(row?.n);
    expect(groupings() - before).toBe(1);
  });

  it("cancels the read on PostgreSQL once every waiter's request is cancelled", async () => {
    const read = groupingRead("all leave");
    const release = await lockParticipants();
    try {
      const scopes = [new StatementScope(), new StatementScope()];
      const calls = scopes.map((scope) => inScope(scope, read));
      await until(async () => (await waitingReads()).length === 1, "the read waits for the lock");
      await Promise.all(scopes.map((scope) => scope.cancel("the test's request timeout")));
      for (const call of calls) await expect(call).rejects.toMatchObject({ code: "57014" });
      // Nothing waits for it: its statement no longer waits on PostgreSQL, and a new call would start anew.
      await until(async () => (await waitingReads()).length === 0, "the read is cancelled on PostgreSQL");
      expect(answerFlights.size).toBe(0);
    } finally {
      await release();
    }
  });

  it("shares at most its bound of keys at once, and forgets each as it settles", async () => {
    const flights = new SingleFlight<string>(2);
    const gates: (() => void)[] = [];
    const gated = (value: string) => () => new Promise<string>((resolve) => gates.push(() => resolve(value)));
    const calls = [flights.run("a", gated("a")), flights.run("b", gated("b")), flights.run("c", gated("c"))];
    // Past the bound "c" runs on its own: a second call for it starts another computation.
    calls.push(flights.run("c", gated("c again")), flights.run("a", gated("never run")));
    expect(flights.size).toBe(2);
    expect(gates).toHaveLength(4);
    for (const open of gates) open();
    expect(await Promise.all(calls)).toEqual(["a", "b", "c", "c again", "a"]);
    expect(flights.size).toBe(0);
  });
});
