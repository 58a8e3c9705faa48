import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type BuiltServer, spawnBuiltServer } from "./support/built-server";

// `pnpm start` with no DATABASE_URL: the built server on the embedded PostgreSQL (PGlite behind its
// session gate), seeded on its first start, answering many requests at once as the explorer sends them.
let folder: string;
let server: BuiltServer;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "accord-embedded-api-"));
  server = await spawnBuiltServer({ DATABASE_URL: "", ACCORD_DATA_DIR: folder, LOG_LEVEL: "warn" }, 240_000);
}, 300_000);

afterAll(async () => {
  server?.process.kill("SIGTERM");
  await server?.exited;
  await rm(folder, { recursive: true, force: true });
});

type Answer = { status: number; body: string };

function post(query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  return fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  }).then(async (response) => ({ status: response.status, body: await response.text() }));
}

async function ids(list: string): Promise<string[]> {
  const answer = await post(`{ ${list}(first: 8) { edges { node { id } } } }`);
  const data = JSON.parse(answer.body).data as Record<string, { edges: { node: { id: string } }[] }>;
  return data[list]!.edges.map((edge) => edge.node.id);
}

const pages: Record<string, string> = {
  Actor: "... on Actor { name kind engagements(first: 20) { totalCount edges { node { id title kind } } } }",
  Engagement:
    "... on Engagement { title participants { actor { id name } } statements(first: 20) { edges { node { id gist position } } } }",
  Statement: "... on Statement { gist quote position speaker { name } engagement { title } }",
  Commitment: "... on Commitment { id status engagement { title } }",
};

/** Distinct query texts (each its own prepared statement) and each sent several times at once. */
async function burst(): Promise<{ query: string; variables: Record<string, unknown> }[]> {
  const found = {
    Actor: await ids("actors"),
    Engagement: await ids("engagements"),
    Statement: await ids("statements"),
    Commitment: await ids("commitments"),
  };
  const distinct: { query: string; variables: Record<string, unknown> }[] = [];
  for (const list of ["actors", "engagements", "statements", "commitments"]) {
    for (let first = 1; first <= 6; first++) {
      distinct.push({ query: `{ ${list}(first: ${first}) { edges { cursor node { id } } } }`, variables: {} });
    }
  }
  for (const term of ["rutte", "korea", "nato", "ukraine", "billion", "seoul"]) {
    distinct.push({
      query: "query Search($q: String!) { search(query: $q, first: 10) { edges { node { __typename } } } }",
      variables: { q: term },
    });
  }
  for (const [kind, list] of Object.entries(found)) {
    for (const id of list) {
      distinct.push({ query: `query Page($id: ID!) { node(id: $id) { id ${pages[kind]} } }`, variables: { id } });
    }
  }
  return [...distinct, ...distinct, ...distinct];
}

test("parallel reads on the embedded default all answer, round after round", async () => {
  const operations = await burst();
  expect(operations.length).toBeGreaterThan(150);
  const failures: string[] = [];
  const bodies = new Map<string, Set<string>>();
  for (let round = 0; round < 3; round++) {
    const answers = await Promise.all(operations.map(({ query, variables }) => post(query, variables)));
    answers.forEach((answer, i) => {
      const key = JSON.stringify(operations[i]);
      if (answer.status !== 200 || answer.body.includes('"errors"')) failures.push(`${answer.status} ${answer.body}`);
      bodies.set(key, (bodies.get(key) ?? new Set()).add(answer.body));
    });
    // Longer than the pool's idle timeout: the connection is handed back and the next round's
    // statements are prepared again on a reset session.
    await new Promise((resolve) => setTimeout(resolve, 800));
  }
  expect(failures.slice(0, 3)).toEqual([]);
  // The same operation gave the same answer every time.
  expect([...bodies.values()].filter((set) => set.size > 1).length).toBe(0);
}, 300_000);
