// Issue #14: one anonymous request priced low but costing seconds and megabytes. Every nesting of
// lists is refused before any SQL with COST_LIMIT naming its estimate; stored data stays as it was.
import { useSafetyServer } from "../support/safety-server";
import { readGraphQL } from "../support/test-server";

const s = useSafetyServer({ env: { NODE_ENV: "production" }, seed: true });

beforeEach(() => s.resetQueries());

const issueAlias = (i: number) =>
  `a${i}: search(query: "e", first: 100) { totalCount edges { node { ... on Actor { engagements(first: 100) { edges { node { participants(first: 500) { actor { name } } } } } } } } }`;

// Every row has its variables (jest would take a missing third argument for `done`).
const attacks: [string, string, Record<string, unknown>][] = [
  [
    "the issue's 19 aliases of search → engagements → participants",
    `{ ${Array.from({ length: 19 }, (_, i) => issueAlias(i)).join(" ")} }`,
    {},
  ],
  ["one alias of it", `{ ${issueAlias(0)} }`, {}],
  [
    "30 aliases of a 100-hit search with its count (few nodes, each a ranking and a count of every match)",
    `{ ${Array.from({ length: 30 }, (_, i) => `s${i}: search(query: "e", first: 100) { totalCount edges { node { __typename } } }`).join(" ")} }`,
    {},
  ],
  [
    // A ranking read from counterpart_tally is a page of it, priced so; `representing:` groups the pairs on the fly.
    "30 aliases of one actor's counterparts representing a state (each a grouping of every engagement it took part in)",
    `{ ${Array.from({ length: 30 }, (_, i) => `c${i}: counterparts(actor: "QWN0b3I6eA", representing: "QWN0b3I6eQ", first: 1) { edges { node { count } } }`).join(" ")} }`,
    {},
  ],
  [
    "aggregates side by side (statement counts by kind and year, engagement counts by participant and month …)",
    `{ ${Array.from({ length: 6 }, (_, i) => `s${i}: statementCounts(groupBy: [KIND, YEAR]) { count } e${i}: engagementCounts(groupBy: [PARTICIPANT, MONTH]) { count }`).join(" ")} }`,
    {},
  ],
  [
    "counts of every actor's engagements, a page of 100 actors in 5 aliases",
    `{ ${Array.from({ length: 5 }, (_, i) => `a${i}: actors(first: 100) { edges { node { engagements(first: 1) { totalCount } commitmentsMade(first: 1) { totalCount } commitmentsReceived(first: 1) { totalCount } } } }`).join(" ")} }`,
    {},
  ],
  [
    "actors → engagements → statements",
    "{ actors(first: 100) { edges { node { engagements(first: 100) { edges { node { statements(first: 100) { edges { node { id } } } } } } } } } }",
    {},
  ],
  [
    "nodes(ids:) → engagements → participants",
    "query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Actor { engagements(first: 100) { edges { node { participants(first: 500) { actor { name } } } } } } } }",
    { ids: Array.from({ length: 20 }, (_, i) => `QWN0b3I6${i}`) },
  ],
  [
    "lists without pages (topics → children → children)",
    "{ topics(first: 100) { edges { node { children { children { statements(first: 100) { edges { node { id } } } } } } } } }",
    {},
  ],
  [
    "statements → citations → source → citations",
    "{ statements(first: 100) { edges { node { citations { source { citations(first: 100) { edges { node { id } } } } } } } } }",
    {},
  ],
  [
    "a fragment spread under many aliases",
    `query { ${Array.from({ length: 20 }, (_, i) => `e${i}: engagements(first: 100) { ...E }`).join(" ")} } fragment E on EngagementConnection { edges { node { participants(first: 500) { actor { name } } } } }`,
    {},
  ],
];

test.each(attacks)("%s is refused before any SQL, naming its estimate", async (_name, query, variables) => {
  const response = await s.post({ query, variables });
  expect(response.status).toBe(400);
  const body = (await response.json()) as {
    data?: unknown;
    errors: { message: string; extensions: Record<string, unknown> }[];
  };
  expect(body.data).toBeUndefined();
  expect(body.errors).toHaveLength(1);
  const [error] = body.errors;
  expect(error!.extensions).toEqual({
    code: "COST_LIMIT",
    limit: "cost",
    actual: expect.any(Number),
    max: 500_000,
    dearest: { path: expect.any(Array), nodes: expect.any(Number) },
  });
  expect(error!.extensions.actual as number).toBeGreaterThan(500_000);
  expect(error!.message).toContain(`estimated ${error!.extensions.actual} nodes`);
  // The dearest part is a path of the query as written, so the caller sees where to ask for less.
  const { path } = error!.extensions.dearest as { path: string[] };
  expect(path.length).toBeGreaterThan(0);
  for (const name of path) expect(query).toContain(name);
  expect(error!.message).toContain(`the dearest part is ${path.join(".")}`);
  expect(s.queries()).toBe(0);
});

test("a plain page of engagements with their participants still runs", async () => {
  const response = await s.post({
    query: "{ engagements(first: 100) { edges { node { title participants { actor { name } } topics { name } } } } }",
  });
  expect(response.status).toBe(200);
  const body = await readGraphQL(response);
  expect(body.errors).toBeUndefined();
  expect(body.extensions?.cost?.requested).toBeLessThanOrEqual(500_000);
});
