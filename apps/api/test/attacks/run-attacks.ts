// Issue #14's "How it will be checked", as a script that prints figures: every attack of the issue and
// its variations, against the built server in production mode on a database of your choice (the
// benchmark's 100,000 engagements), `concurrency` requests at a time. Prints, per attack, the answers
// by status and code and the slowest answer; then the server's peak resident memory, the database
// backends still running a second after the last answer, and whether any table changed.
//   pnpm --filter @accord/api build && pnpm exec tsx apps/api/test/attacks/run-attacks.ts [database URL] [shapes=2000] [repeats=20]
// (use `flock /work/notes/bench.lock …` on a shared machine). Exits 1 when a check fails.
// The built server's schema (tsx emits no decorator metadata): `pnpm build` first.
import "reflect-metadata";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { bodyShapes, residentBytes } from "../../src/scripts/unused-variables-attack";
import { AttackShapes } from "../support/attack-shapes";
import { spawnBuiltServer } from "../support/built-server";
import { tableChecksums } from "../support/checksum";

// The built schema at run time (its decorator metadata), typed from the source so typecheck needs no build.
const { buildAccordSchema } =
  require("../../dist/schema/build-schema") as typeof import("../../src/schema/build-schema");

type Request = { body: Buffer | string; gzip?: boolean };
type Attack = { name: string; requests: (n: number) => Request; count: number };

const json = (query: string, variables: Record<string, unknown> = {}): Request => ({
  body: JSON.stringify({ query, variables }),
});
const issueAlias = (i: number) =>
  `a${i}: search(query: "e", first: 100) { totalCount edges { node { ... on Actor { engagements(first: 100) { edges { node { participants(first: 500) { actor { name } } } } } } } } }`;
const aliases = (count: number, selection: (i: number) => string) =>
  `{ ${Array.from({ length: count }, (_, i) => selection(i)).join(" ")} }`;
const deepIntrospection = (depth: number) =>
  `{ __schema { types { ${"possibleTypes { interfaces { ".repeat(depth)}name${" } }".repeat(depth)} } } }`;
const long = (n: number, length: number) => `${n}:`.padEnd(length, "e");

/** The issue's attacks and their variations; each request distinct where a cache could serve a repeat. */
function attacks(repeats: number, shapes: number, schemaShapes: AttackShapes): Attack[] {
  const connectionsUnderLists =
    "{ actors(first: 100) { edges { node { engagements(first: 100) { edges { node { statements(first: 100) { edges { node { id } } } } } } } } } }";
  return [
    {
      name: "issue: 19 aliases of search → engagements → participants",
      count: repeats,
      requests: () => json(aliases(19, issueAlias)),
    },
    { name: "issue: one alias of it (priced, runs)", count: repeats, requests: () => json(aliases(1, issueAlias)) },
    {
      name: "30 aliases of a 100-page search",
      count: repeats,
      requests: (n) =>
        json(
          aliases(
            30,
            (i) => `s${i}: search(query: "${n % 7}e", first: 100) { totalCount edges { node { __typename } } }`,
          ),
        ),
    },
    {
      name: "connections under lists (actors → engagements → statements)",
      count: repeats,
      requests: () => json(connectionsUnderLists),
    },
    {
      name: "fragment spread under 20 aliases",
      count: repeats,
      requests: () =>
        json(
          `query { ${Array.from({ length: 20 }, (_, i) => `e${i}: engagements(first: 100) { ...E }`).join(" ")} } fragment E on EngagementConnection { edges { node { participants(first: 500) { actor { name } } } } }`,
        ),
    },
    {
      name: "nodes(ids:) of 100 IDs → engagements → participants",
      count: repeats,
      requests: () =>
        json(
          "query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Actor { engagements(first: 100) { edges { node { participants(first: 500) { actor { name } } } } } } } }",
          { ids: Array.from({ length: 100 }, (_, i) => `QWN0b3I6${i}`) },
        ),
    },
    {
      name: "nested introspection (production refuses it)",
      count: repeats,
      requests: () => json(deepIntrospection(8)),
    },
    {
      name: "depth 30",
      count: repeats,
      requests: () =>
        json(
          `{ actors(first: 1) { edges { node { ${"engagements(first: 1) { edges { node { participants { actor { ".repeat(5)}name${" } } } } }".repeat(5)} } } } }`,
        ),
    },
    {
      name: "search text of 100,000 characters",
      count: repeats,
      requests: (n) =>
        json("query ($q: String!) { search(query: $q, first: 5) { totalCount } }", { q: long(n, 100_000) }),
    },
    {
      name: "filter.text of 100,000 characters",
      count: repeats,
      requests: (n) =>
        json("query ($t: String!) { engagements(first: 5, filter: { text: $t }) { totalCount } }", {
          t: long(n, 100_000),
        }),
    },
    {
      name: "participants.allOf of 1,000 IDs",
      count: repeats,
      requests: () =>
        json(
          "query ($ids: [ID!]!) { engagements(first: 5, filter: { participants: { allOf: $ids } }) { totalCount } }",
          { ids: Array.from({ length: 1000 }, (_, i) => `QWN0b3I6${i}`) },
        ),
    },
    {
      name: "IDs whose type is constructor / toString / __proto__",
      count: repeats,
      requests: (n) =>
        json("query ($id: ID!) { node(id: $id) { id } }", {
          id: Buffer.from(`${["constructor", "toString", "__proto__"][n % 3]}:1`).toString("base64"),
        }),
    },
    {
      name: "an anonymous write",
      count: repeats,
      requests: () => json('mutation { createTopic(input: { slug: "intruder", name: "Intruder" }) { name } }'),
    },
    {
      name: "large bodies of every shape (900 KiB each)",
      count: 20 * repeats,
      requests: (n) => {
        const shape = Object.values(bodyShapes);
        return shape[n % shape.length]!(n, 900 * 1024);
      },
    },
    {
      name: `attack shapes drawn from the schema (seed 14)`,
      count: shapes,
      requests: () => {
        const operation = schemaShapes.next();
        return json(operation.query, operation.variables);
      },
    },
  ];
}

type Outcome = { statuses: Record<string, number>; slowestMs: number; totalMs: number };

async function run(url: string, attack: Attack, concurrency: number): Promise<Outcome> {
  const outcome: Outcome = { statuses: {}, slowestMs: 0, totalMs: 0 };
  const started = Date.now();
  let next = 0;
  const worker = async () => {
    while (next < attack.count) {
      const request = attack.requests(next++);
      const sent = Date.now();
      const key = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(request.gzip ? { "content-encoding": "gzip" } : {}) },
        body: request.gzip && typeof request.body === "string" ? gzipSync(request.body) : request.body,
      }).then(
        async (response) => {
          const text = await response.text();
          let code = "";
          try {
            code =
              (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code ??
              "";
          } catch {
            code = "not JSON";
          }
          return code ? `${response.status} ${code}` : String(response.status);
        },
        (error: Error) => `no answer (${error.message})`,
      );
      outcome.slowestMs = Math.max(outcome.slowestMs, Date.now() - sent);
      outcome.statuses[key] = (outcome.statuses[key] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  outcome.totalMs = Date.now() - started;
  return outcome;
}

/** Backends on the database other than this one's, busy or waiting on a lock. */
async function busyBackends(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ line: string }>(
      `SELECT format('%s %s %s', pid, state, left(query, 80)) AS line FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() AND state NOT IN ('idle')`,
    );
    return rows.map((row) => row.line);
  } finally {
    await client.end();
  }
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

async function main() {
  const databaseUrl = process.argv[2] ?? "postgresql://postgres@127.0.0.1:5432/accord_bench_100000";
  const shapes = Number(process.argv[3] ?? 2000);
  const repeats = Number(process.argv[4] ?? 20);
  const concurrency = 8;
  const boundMiB = 400;
  const schema = await buildAccordSchema();
  const before = await tableChecksums(databaseUrl);
  const server = await spawnBuiltServer({
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: "error",
    ACCORD_RATE_LIMIT_ADDRESS: "0",
    ACCORD_RATE_LIMIT_TOKEN: "0",
  });
  const pid = server.process.pid!;
  let peak = residentBytes(pid);
  console.log(`server pid ${pid}, production mode, ${databaseUrl.replace(/\/\/[^@]*@/, "//")}; resident ${mib(peak)}`);
  const sampler = setInterval(() => {
    peak = Math.max(peak, residentBytes(pid));
  }, 100);
  const failures: string[] = [];
  try {
    for (const attack of attacks(repeats, shapes, new AttackShapes(schema, 14))) {
      const outcome = await run(server.url, attack, concurrency);
      const bad = Object.keys(outcome.statuses).filter(
        (key) => !/^[1-4]\d\d\b/.test(key) && !key.startsWith("503 SERVICE_UNAVAILABLE"),
      );
      const masked = Object.keys(outcome.statuses).filter(
        (key) => key.includes("INTERNAL_SERVER_ERROR") || key.includes("not JSON"),
      );
      if (bad.length || masked.length) failures.push(`${attack.name}: ${[...bad, ...masked].join(", ")}`);
      console.log(
        `${attack.name}: ${attack.count} requests in ${(outcome.totalMs / 1000).toFixed(1)} s, slowest ${outcome.slowestMs} ms, resident ${mib(residentBytes(pid))} (peak ${mib(peak)})\n    ${JSON.stringify(outcome.statuses)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const backends = await busyBackends(databaseUrl);
    const after = await tableChecksums(databaseUrl);
    const changed = Object.keys(before).filter((table) => before[table] !== after[table]);
    peak = Math.max(peak, residentBytes(pid));
    console.log(
      `peak resident ${mib(peak)} (bound ${boundMiB} MiB): ${peak < boundMiB * 1024 * 1024 ? "held" : "EXCEEDED"}`,
    );
    console.log(
      `backends still running 1 s after the last answer: ${backends.length}${backends.length ? `\n    ${backends.join("\n    ")}` : ""}`,
    );
    console.log(`tables changed: ${changed.length ? changed.join(", ") : "none"}`);
    if (peak >= boundMiB * 1024 * 1024) failures.push("memory over the bound");
    if (backends.length) failures.push("backends left running");
    if (changed.length) failures.push("data changed");
  } finally {
    clearInterval(sampler);
    server.process.kill("SIGTERM");
    await server.exited;
  }
  console.log(failures.length ? `FAILED:\n  ${failures.join("\n  ")}` : "every check held");
  process.exit(failures.length ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
