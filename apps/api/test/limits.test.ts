import { getIntrospectionQuery } from "graphql";
import { type SafetyServer, startSafetyServer } from "./support/safety-server";
import { readGraphQL } from "./support/test-server";

let s: SafetyServer;

beforeAll(async () => {
  s = await startSafetyServer({ seed: true });
});

afterAll(async () => {
  await s.close();
});

beforeEach(() => s.resetQueries());

async function refused(query: string, variables?: Record<string, unknown>) {
  const response = await s.post({ query, variables });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors: unknown[] } };
}

const nested = (levels: number): string =>
  `{ engagements(first: 1) { edges { node { ${"parent { ".repeat(levels)}id${" }".repeat(levels)} } } } }`;

describe("documents over a limit are refused before any SQL runs", () => {
  test("a query 20 levels deep", async () => {
    const { status, body } = await refused(nested(16));
    expect(status).toBe(400);
    expect(body).toEqual({
      errors: [
        {
          message: "query depth 20 exceeds the limit of 12",
          extensions: { code: "QUERY_TOO_COMPLEX", limit: "depth", actual: 20, max: 12 },
        },
      ],
    });
    expect(s.queries()).toBe(0);
  });

  test("a query over the node limit, lists multiplied down the tree", async () => {
    // Each alias: engagements 1 + 100 × (edge 1 + node 1 + participants 100 × (participant 1 + actor 1)) = 20,201.
    const aliases = Array.from(
      { length: 25 },
      (_, i) => `e${i}: engagements(first: 100) { edges { node { id participants { actor { name } } } } }`,
    );
    const { status, body } = await refused(`{ ${aliases.join(" ")} }`);
    expect(status).toBe(400);
    expect(body).toEqual({
      errors: [
        {
          message:
            "query would return an estimated 505025 nodes, over the limit of 500000; the dearest part is e0.edges.node.participants (e0: 20201 nodes): ask for smaller pages (first/last) or fewer nested lists",
          extensions: {
            code: "COST_LIMIT",
            limit: "cost",
            actual: 505025,
            max: 500000,
            dearest: { path: ["e0", "edges", "node", "participants"], nodes: 20201 },
          },
        },
      ],
    });
    expect(s.queries()).toBe(0);
  });

  test("page size comes from variables too", async () => {
    const query = "query ($n: Int) { engagements(first: $n) { edges { node { id } } } }";
    const { status, body } = await refused(query, { n: 101 });
    expect(status).toBe(400);
    expect(body).toEqual({
      errors: [
        {
          message: "first: 101 is outside 0..100, the largest page",
          extensions: { code: "BAD_USER_INPUT", field: "first" },
        },
      ],
    });
    expect(s.queries()).toBe(0);
  });

  test("too many aliases", async () => {
    const fields = Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(" ");
    const { status, body } = await refused(`{ ${fields} }`);
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      {
        message: "31 aliases exceed the limit of 30",
        extensions: { code: "QUERY_TOO_COMPLEX", limit: "aliases", actual: 31, max: 30 },
      },
    ]);
  });

  test("too many directives", async () => {
    const { status, body } = await refused(`{ ${"__typename @include(if: true) ".repeat(51)}}`);
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      {
        message: "51 directives exceed the limit of 50",
        extensions: { code: "QUERY_TOO_COMPLEX", limit: "directives", actual: 51, max: 50 },
      },
    ]);
  });

  test("too many tokens: the parser stops and the answer says how many there were", async () => {
    // "{" + 1600 × "__typename" + 1600 × "," (commas are not tokens) + "}" = 1602 tokens… doubled below.
    const { status, body } = await refused(`{ ${"__typename ".repeat(3500)}}`);
    expect(status).toBe(400);
    expect(body).toEqual({
      errors: [
        {
          message: "the document has 3502 tokens, over the limit of 3000",
          extensions: { code: "QUERY_TOO_COMPLEX", limit: "tokens", actual: 3502, max: 3000 },
        },
      ],
    });
    expect(s.queries()).toBe(0);
  });
});

describe("NUL characters, which PostgreSQL text cannot hold", () => {
  const actors =
    'query ($value: String!) { actors(filter: { identifier: { scheme: "wikidata", value: $value } }) { totalCount } }';

  test("in a variable: 400 naming the variable, no SQL", async () => {
    const { status, body } = await refused(actors, { value: "Q8\u00004" });
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      {
        message: "Variable $value contains the NUL character (\\u0000), which no text in Accord can hold; remove it",
        extensions: { code: "BAD_USER_INPUT" },
      },
    ]);
    expect(s.queries()).toBe(0);
  });

  test("deep in an input object and in a literal", async () => {
    const deep = await refused("query ($f: ActorFilter) { actors(filter: $f) { totalCount } }", {
      f: { identifier: { scheme: "wikidata", value: "a\u0000" } },
    });
    expect(deep.status).toBe(400);
    expect(JSON.stringify(deep.body.errors)).toContain("Variable $f.identifier.value contains the NUL character");
    const literal = await refused('{ search(query: "ko\\u0000rea") { totalCount } }');
    expect(literal.status).toBe(400);
    expect(JSON.stringify(literal.body.errors)).toContain("The string at line 1 contains the NUL character");
    expect(s.queries()).toBe(0);
  });
});

describe("accepted queries", () => {
  test("report their cost in extensions", async () => {
    const response = await s.post({ query: "{ engagements(first: 2) { edges { node { title } } } }" });
    expect(response.status).toBe(200);
    const body = await readGraphQL<{ engagements: { edges: unknown[] } }>(response);
    // engagements 1 + 2 × (edge 1 + node 1); scalars are free
    expect(body.extensions).toEqual({ cost: { requested: 5, max: 500000 } });
    expect(body.data?.engagements.edges).toHaveLength(2);
    expect(s.queries()).toBeGreaterThan(0);
  });

  test("a connection without first costs the default page of 20", async () => {
    const body = await readGraphQL(await s.post({ query: "{ engagements { edges { cursor } } }" }));
    expect(body.extensions).toEqual({ cost: { requested: 21, max: 500000 } });
  });
});

describe("HTTP bounds", () => {
  test("a body over the limit gets 413 in GraphQL's shape", async () => {
    const big = JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(1_100_000) } });
    const response = await s.post(big);
    expect(response.status).toBe(413);
    const body = await response.json();
    expect(body).toEqual({
      errors: [
        {
          message: `The request body of ${big.length} bytes exceeds the limit of 1048576 bytes`,
          extensions: { code: "PAYLOAD_TOO_LARGE", limit: "body", actual: big.length, max: 1048576 },
        },
      ],
    });
  });

  test("malformed JSON gets 400 in GraphQL's shape", async () => {
    const response = await s.post("{ not json");
    expect(response.status).toBe(400);
    const body = await readGraphQL(response);
    expect(body.errors?.[0]?.extensions).toEqual({ code: "BAD_REQUEST" });
    expect(body.errors?.[0]?.message).toMatch(/^The request body is not valid JSON: /);
  });

  test("batched requests are refused", async () => {
    const response = await s.post([{ query: "{ __typename }" }, { query: "{ __typename }" }]);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/batch/i);
  });
});

test("an operation type the schema lacks is a validation error, not an internal one", async () => {
  const { status, body } = await refused("subscription { engagements { totalCount } }");
  expect(status).toBe(400);
  expect(body).toEqual({
    errors: [
      {
        message: "This server does not support subscription operations",
        locations: [{ line: 1, column: 1 }],
        extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
      },
    ],
  });
});

test("GraphiQL's full introspection query fits every limit", async () => {
  const query = getIntrospectionQuery({
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
  });
  const response = await s.post({ query });
  expect(response.status).toBe(200);
  const body = await readGraphQL<{ __schema: { queryType: unknown } }>(response);
  expect(body.errors).toBeUndefined();
  expect(body.data?.__schema.queryType).toEqual({ name: "Query", kind: "OBJECT" });
  expect(body.extensions?.cost).toEqual({ requested: 0, max: 500000 });
});

test("a URL over Node's 16 KB header limit gets 431 in GraphQL's shape", async () => {
  const response = await fetch(`${s.url}?query=${"x".repeat(20_000)}`);
  expect(response.status).toBe(431);
  expect(await response.json()).toEqual({
    errors: [
      {
        message: "The request line and headers exceed 16 KB; send long queries with POST",
        extensions: { code: "REQUEST_TOO_LARGE" },
      },
    ],
  });
});
