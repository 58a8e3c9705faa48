// Issue #14: oversized free text and ID lists, and IDs whose type part names a member every object
// inherits. Each is refused with BAD_USER_INPUT naming the argument and the limit, or answered null,
// never a 500; no SQL runs for a refusal and stored data stays as it was.
import { randomUUID } from "node:crypto";
import { inheritedNames } from "@accord/domain";
import { toGlobalId } from "../../src/common/global-id";
import { defaultMaxItems, defaultMaxLength } from "../../src/limits/input-limits";
import { useSafetyServer } from "../support/safety-server";

const s = useSafetyServer({ env: { NODE_ENV: "production" }, seed: true });

beforeEach(() => s.resetQueries());

type Body = { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] };

const manyIds = Array.from({ length: 1000 }, () => toGlobalId("Actor", randomUUID()));

const oversized: [string, string, Record<string, unknown>, string, string][] = [
  [
    "search text",
    "query ($q: String!) { search(query: $q) { totalCount } }",
    { q: "e".repeat(100_000) },
    "search(query)",
    "inputLength",
  ],
  [
    "search text as a literal",
    `{ search(query: "${"e".repeat(defaultMaxLength + 1)}") { totalCount } }`,
    {},
    "search(query)",
    "inputLength",
  ],
  [
    "filter.text",
    "query ($t: String) { engagements(filter: { text: $t }) { totalCount } }",
    { t: "t".repeat(50_000) },
    "engagements(filter.text)",
    "inputLength",
  ],
  [
    "statements' filter.text",
    "query ($f: StatementFilter) { statements(filter: $f) { totalCount } }",
    { f: { text: "t".repeat(5_000) } },
    "statements(filter.text)",
    "inputLength",
  ],
  [
    "participants.allOf",
    "query ($ids: [ID!]) { engagements(filter: { participants: { allOf: $ids } }) { totalCount } }",
    { ids: manyIds },
    "engagements(filter.participants.allOf)",
    "inputItems",
  ],
  ["nodes(ids:)", "query ($ids: [ID!]!) { nodes(ids: $ids) { id } }", { ids: manyIds }, "nodes(ids)", "inputItems"],
  ["a long ID", "query ($id: ID!) { node(id: $id) { id } }", { id: "A".repeat(10_000) }, "node(id)", "inputLength"],
];

test.each(oversized)(
  "%s over its limit is refused before any SQL, naming the argument",
  async (_name, query, variables, argument, limit) => {
    const response = await s.post({ query, variables });
    expect(response.status).toBe(400);
    const body = (await response.json()) as Body;
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions).toEqual({
      code: "BAD_USER_INPUT",
      argument,
      field: argument.slice(argument.indexOf("(") + 1, -1),
      limit,
      actual: expect.any(Number),
      max: expect.any(Number),
    });
    expect(body.errors![0]!.message).toMatch(
      /^Argument \S+ of \w+ (is \d+ characters long|holds \d+ items), over the limit of \d+$/,
    );
    expect(s.queries()).toBe(0);
  },
);

test("inputs at their limits still run", async () => {
  const response = await s.post({
    query:
      "query ($q: String!, $ids: [ID!]) { search(query: $q) { totalCount } engagements(filter: { participants: { anyOf: $ids } }) { totalCount } }",
    variables: { q: "e".repeat(defaultMaxLength), ids: manyIds.slice(0, defaultMaxItems) },
  });
  const body = (await response.json()) as Body;
  expect(body.errors).toBeUndefined();
  expect(body.data).toEqual({ search: { totalCount: 0 }, engagements: { totalCount: 0 } });
});

describe.each(inheritedNames)("an ID whose type part is %s", (name) => {
  const id = toGlobalId(name, randomUUID());

  test("node and nodes answer null, by resolvers and by compiled SQL alike", async () => {
    // Twice: the first answer comes from Apollo, a repeat may come from the compiled-reads lane.
    for (let run = 0; run < 2; run += 1) {
      const response = await s.post({
        query: "query ($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } }",
        variables: { id },
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { node: null, nodes: [null] }, extensions: expect.anything() });
    }
  });

  test("a filter taking it refuses it as no ID of the right type", async () => {
    const response = await s.post({
      query: "query ($id: ID) { engagements(filter: { country: $id }) { totalCount } }",
      variables: { id },
    });
    const body = (await response.json()) as Body;
    expect(body.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
  });

  test("the IDE's asset of that name is not found", async () => {
    const response = await fetch(new URL(`/graphiql/assets/${encodeURIComponent(name)}`, s.url));
    expect(response.status).toBe(404);
  });
});
