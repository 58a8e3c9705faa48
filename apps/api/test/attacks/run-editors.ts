// Issue #14's write contention, as a script that prints figures: 16 editors (each with its own token)
// write commitments at once on the same three committers through the built server in production mode:
// creates, updates that move a commitment to another committer or currency, deletes. After each run
// the totals the API answers (commitmentTotals) are compared with the editors' own record of what they
// wrote and with sums taken from the commitment table. Prints answers by status and code per run.
//   pnpm --filter @accord/api build && pnpm exec tsx apps/api/test/attacks/run-editors.ts [runs=4] [writes=1400]
import { applyMigrations, createApiToken } from "@accord/db";
import { createTestDatabase } from "@accord/db/testing";
import { spawnBuiltServer } from "../support/built-server";

type Held = { committer: string; currency: string; cents: number; version: number };
type Answer = {
  data?: Record<string, { id: string; version: number }> | null;
  errors?: { extensions?: { code?: string }; message: string }[];
};

const editors = 16;
const currencies = ["USD", "EUR"];
const committerNames = ["Japan", "Norway", "Brazil"];

/** A seeded PRNG (mulberry32), so a run repeats its choices. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const amount = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;

async function main() {
  const runs = Number(process.argv[2] ?? 4);
  const writes = Number(process.argv[3] ?? 1400);
  const db = await createTestDatabase({ empty: true });
  await applyMigrations({ databaseUrl: db.url });
  const server = await spawnBuiltServer({
    NODE_ENV: "production",
    DATABASE_URL: db.url,
    LOG_LEVEL: "error",
    ACCORD_RATE_LIMIT_ADDRESS: "0",
    ACCORD_RATE_LIMIT_TOKEN: "0",
  });
  const failures: string[] = [];
  try {
    for (const name of committerNames) await db.prisma.actor.create({ data: { kind: "STATE", name } });
    const secrets = await Promise.all(
      Array.from(
        { length: editors },
        async (_, i) => (await createApiToken({ db: db.prisma, name: `editor ${i}`, role: "EDITOR" })).secret,
      ),
    );
    const post = async (secret: string | undefined, query: string, variables: object = {}) => {
      const response = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(secret ? { authorization: `Bearer ${secret}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as Answer };
    };
    const actors = (await post(undefined, "{ actors(first: 10) { edges { node { id name } } } }")).body as unknown as {
      data: { actors: { edges: { node: { id: string; name: string } }[] } };
    };
    const committers = actors.data.actors.edges
      .filter((e) => committerNames.includes(e.node.name))
      .map((e) => e.node.id);
    const held = new Map<string, Held>();
    for (let run = 1; run <= runs; run += 1) {
      const outcomes: Record<string, number> = {};
      const leaks: string[] = [];
      let slowest = 0;
      const started = Date.now();
      let next = 0;
      const editor = async (e: number) => {
        const rng = random(run * 1000 + e);
        const pick = <T>(items: T[]) => items[Math.floor(rng() * items.length)]!;
        const mine: string[] = [];
        while (next < writes) {
          next += 1;
          const roll = rng();
          const cents = 100 + Math.floor(rng() * 1_000_000);
          const committer = pick(committers);
          const currency = pick(currencies);
          let answer: { status: number; body: Answer };
          let apply: (data: { id: string; version: number }) => void;
          const sent = Date.now();
          if (mine.length === 0 || roll < 0.5) {
            answer = await post(
              secrets[e],
              "mutation ($input: CreateCommitmentInput!) { createCommitment(input: $input) { id version } }",
              {
                input: {
                  committerId: committer,
                  kind: "FINANCIAL",
                  status: "PLEDGED",
                  description: `run ${run} editor ${e}`,
                  amount: amount(cents),
                  currency,
                },
              },
            );
            apply = (data) => {
              held.set(data.id, { committer, currency, cents, version: data.version });
              mine.push(data.id);
            };
          } else if (roll < 0.9) {
            const id = pick(mine);
            const was = held.get(id)!;
            answer = await post(
              secrets[e],
              "mutation ($input: UpdateCommitmentInput!) { updateCommitment(input: $input) { id version } }",
              { input: { id, version: was.version, committerId: committer, currency, amount: amount(cents) } },
            );
            apply = (data) => held.set(id, { committer, currency, cents, version: data.version });
          } else {
            const id = mine.splice(Math.floor(rng() * mine.length), 1)[0]!;
            answer = await post(secrets[e], "mutation ($id: ID!) { deleteCommitment(id: $id) }", { id });
            apply = () => held.delete(id);
          }
          slowest = Math.max(slowest, Date.now() - sent);
          const error = answer.body.errors?.[0];
          const key = error ? `${answer.status} ${error.extensions?.code ?? "no code"}` : String(answer.status);
          outcomes[key] = (outcomes[key] ?? 0) + 1;
          if (process.env.SHOW && error) console.log(error.message);
          if (error && /\/|\.ts\b|\.js\b|prisma|invocation/i.test(error.message))
            leaks.push(error.message.slice(0, 200));
          if (!error && answer.body.data) {
            const value = Object.values(answer.body.data)[0];
            apply(typeof value === "string" ? { id: value, version: 0 } : value!);
          }
        }
      };
      await Promise.all(Array.from({ length: editors }, (_, e) => editor(e)));
      const elapsed = Date.now() - started;
      // What the editors wrote, by committer and currency, in cents.
      const expected: Record<string, { cents: number; count: number }> = {};
      for (const h of held.values()) {
        const key = `${h.committer} ${h.currency}`;
        expected[key] = { cents: (expected[key]?.cents ?? 0) + h.cents, count: (expected[key]?.count ?? 0) + 1 };
      }
      const totals = (
        await post(undefined, "{ commitmentTotals(groupBy: [COMMITTER]) { committer { id } currency total count } }")
      ).body as unknown as {
        data: { commitmentTotals: { committer: { id: string }; currency: string; total: string; count: number }[] };
      };
      const answered: typeof expected = {};
      for (const t of totals.data.commitmentTotals) {
        answered[`${t.committer.id} ${t.currency}`] = { cents: Math.round(Number(t.total) * 100), count: t.count };
      }
      const table = await db.prisma.$queryRawUnsafe<{ total: string; count: number }[]>(
        "SELECT coalesce(sum(amount), 0)::text AS total, count(*)::int AS count FROM commitment WHERE amount IS NOT NULL",
      );
      const sortKeys = (o: object) => JSON.stringify(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
      const exact = sortKeys(answered) === sortKeys(expected);
      const tableCents = Math.round(Number(table[0]!.total) * 100);
      const expectedCents = Object.values(expected).reduce((sum, e) => sum + e.cents, 0);
      const internal = Object.keys(outcomes).filter((k) => /INTERNAL|^5\d\d/.test(k) && !k.startsWith("503"));
      console.log(
        `run ${run}: ${writes} writes by ${editors} editors in ${(elapsed / 1000).toFixed(1)} s, slowest ${slowest} ms\n    ${JSON.stringify(outcomes)}\n    totals ${exact ? "exact" : "DIFFER"} (${held.size} commitments, table ${tableCents === expectedCents ? "agrees" : "DIFFERS"}); server paths or Prisma text in messages: ${leaks.length}`,
      );
      if (!exact || tableCents !== expectedCents) failures.push(`run ${run}: totals differ`);
      if (internal.length) failures.push(`run ${run}: ${internal.join(", ")}`);
      if (leaks.length) failures.push(`run ${run}: ${leaks[0]}`);
    }
  } finally {
    server.process.kill("SIGTERM");
    await server.exited;
    await db.drop();
  }
  console.log(failures.length ? `FAILED:\n  ${failures.join("\n  ")}` : "every check held");
  process.exit(failures.length ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
