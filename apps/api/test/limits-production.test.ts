import type { PrismaClient } from "@accord/db";
import { GraphQLError } from "graphql";
import { createContext } from "../src/context";
import { createFormatError } from "../src/faults/format-error";
import { type SafetyServer, startSafetyServer } from "./support/safety-server";
import { readGraphQL } from "./support/test-server";

// A bug deep below the resolvers, injected for this test only: its message must never reach a client.
let failing = false;
const breakable = (prisma: PrismaClient) =>
  prisma.$extends({
    query: {
      async $allOperations({ args, query }) {
        if (failing) throw new Error("secret detail: relation pg_shadow at 10.0.0.7");
        return query(args);
      },
    },
  }) as unknown as PrismaClient;

describe("NODE_ENV=production", () => {
  let s: SafetyServer;
  beforeAll(async () => {
    s = await startSafetyServer({ env: { NODE_ENV: "production" }, wrap: breakable });
  });
  afterAll(() => s.close());
  afterEach(() => {
    failing = false;
  });

  test("anonymous callers cannot introspect", async () => {
    const response = await s.post({ query: "{ __schema { queryType { name } } }" });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      errors: [
        {
          message:
            'GraphQL introspection has been disabled, but the requested query contained the field "__schema". Introspection is open to admin tokens only in production.',
          locations: [{ line: 1, column: 3 }],
          extensions: { code: "FORBIDDEN" },
        },
      ],
    });
  });

  test("admin viewers can", async () => {
    const contextValue = {
      ...createContext(s.db.prisma),
      viewer: { tokenId: "t", name: "admin", role: "ADMIN" as const },
    };
    const result = await s.server.apollo.executeOperation(
      { query: "{ __schema { queryType { name } } }" },
      { contextValue },
    );
    expect(result.body).toEqual({
      kind: "single",
      singleResult: {
        data: { __schema: { queryType: { name: "Query" } } },
        extensions: { cost: { requested: 0, max: 500000 } },
      },
    });
  });

  test("__typename is not introspection", async () => {
    const response = await s.post({ query: "{ __typename }" });
    expect((await readGraphQL(response)).data).toEqual({ __typename: "Query" });
  });

  test("no field suggestions", async () => {
    const response = await s.post({ query: "{ engagementz { id } }" });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'Cannot query field "engagementz" on type "Query".',
          locations: [{ line: 1, column: 3 }],
          extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
        },
      ],
    });
  });

  test("internal errors are masked and carry the request ID", async () => {
    failing = true;
    const response = await s.post(
      { query: "{ engagements(first: 1) { edges { cursor } } }" },
      { "x-request-id": "req-7-masked" },
    );
    const body = await response.json();
    expect(body).toEqual({
      data: null,
      errors: [
        {
          message: "Internal server error",
          locations: [{ line: 1, column: 3 }],
          path: ["engagements"],
          extensions: { code: "INTERNAL_SERVER_ERROR", requestId: "req-7-masked" },
        },
      ],
      extensions: { cost: { requested: 2, max: 500000 } },
    });
    expect(JSON.stringify(body)).not.toMatch(/secret|pg_shadow|stack/);
  });
});

const internalFailure = { query: "{ engagements(first: 1) { edges { cursor } } }" };

describe.each(["development", "test"])("NODE_ENV=%s", (mode) => {
  let s: SafetyServer;
  beforeAll(async () => {
    s = await startSafetyServer({ env: { NODE_ENV: mode }, wrap: breakable });
  });
  afterAll(() => s.close());
  afterEach(() => {
    failing = false;
  });

  test("internal errors are masked too: no message, no stack", async () => {
    failing = true;
    const body = await readGraphQL(await s.post(internalFailure, { "x-request-id": `req-${mode}` }));
    expect(body.errors).toEqual([
      {
        message: "Internal server error",
        locations: [{ line: 1, column: 3 }],
        path: ["engagements"],
        extensions: { code: "INTERNAL_SERVER_ERROR", requestId: `req-${mode}` },
      },
    ]);
    expect(JSON.stringify(body)).not.toMatch(/secret|pg_shadow|stack/);
  });
});

test("ACCORD_ERROR_DETAIL=true shows an unexpected error's message and stack, for debugging", async () => {
  const s = await startSafetyServer({ env: { NODE_ENV: "development", ACCORD_ERROR_DETAIL: "true" }, wrap: breakable });
  try {
    failing = true;
    const body = await readGraphQL(await s.post(internalFailure));
    expect(body.errors?.[0]?.message).toContain("secret detail: relation pg_shadow");
    expect(body.errors?.[0]?.extensions?.stacktrace).toEqual(
      expect.arrayContaining([expect.stringContaining("secret detail")]),
    );
  } finally {
    failing = false;
    await s.close();
  }
});

describe("outside production", () => {
  let s: SafetyServer;
  beforeAll(async () => {
    s = await startSafetyServer({ env: { NODE_ENV: "test" } });
  });
  afterAll(() => s.close());

  test("introspection is open and field suggestions help", async () => {
    const schema = await readGraphQL(await s.post({ query: "{ __schema { queryType { name } } }" }));
    expect(schema.data).toEqual({ __schema: { queryType: { name: "Query" } } });
    const typo = await readGraphQL(await s.post({ query: "{ engagementz { id } }" }));
    // Other root fields may be suggested too (statements); engagements comes first.
    expect(typo.errors?.[0]?.message).toMatch(
      /^Cannot query field "engagementz" on type "Query"\. Did you mean "engagements"/,
    );
  });
});

test("suggestions in variable errors are removed in production too", () => {
  const message =
    'Variable "$kind" got invalid value "STAT"; Value "STAT" does not exist in "ActorKind" enum. Did you mean the enum value "STATE"?';
  const formatted = { message, extensions: { code: "BAD_USER_INPUT" } };
  const production = createFormatError({ production: true, statementTimeoutMs: 5000 });
  const development = createFormatError({ production: false, statementTimeoutMs: 5000 });
  expect(production(formatted, new GraphQLError(message))).toEqual({
    message: 'Variable "$kind" got invalid value "STAT"; Value "STAT" does not exist in "ActorKind" enum.',
    extensions: { code: "BAD_USER_INPUT" },
  });
  expect(development(formatted, new GraphQLError(message))).toEqual(formatted);
});
