import { type SafetyServer, startSafetyServer } from "./support/safety-server";
import { readGraphQL } from "./support/test-server";
import { hitTypename as hit } from "./support/typename-hit";

describe("in memory (no REDIS_URL)", () => {
  let s: SafetyServer;
  beforeAll(async () => {
    s = await startSafetyServer({ env: { ACCORD_RATE_LIMIT_ADDRESS: "3", ACCORD_RATE_LIMIT_TOKEN: "2" } });
  });
  afterAll(() => s.close());

  test("per token: the third request with one token is refused with 429 and the RateLimit headers", async () => {
    const first = await hit(s, { authorization: "Bearer token-a" });
    expect(first.status).toBe(200);
    expect(first.headers.get("ratelimit")).toMatch(/^"address"; r=2; t=\d+, "token"; r=1; t=\d+$/);
    expect(first.headers.get("ratelimit-policy")).toMatch(
      /^"address"; q=3; w=60; pk=:\w+:, "token"; q=2; w=60; pk=:\w+:$/,
    );
    expect((await hit(s, { authorization: "Bearer token-a" })).status).toBe(200);
    const third = await hit(s, { authorization: "Bearer token-a" });
    expect(third.status).toBe(429);
    expect(third.body).toEqual({
      errors: [
        {
          message: "Too many requests: more than 2 in 60 s for this API token; see the RateLimit headers",
          extensions: { code: "RATE_LIMITED", limit: "rate:token", actual: 3, max: 2 },
        },
      ],
    });
    expect(Number(third.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  test("per client address: a fresh token does not reset the address's count", async () => {
    // The address has used 3 of 3 above; a new token changes nothing.
    const response = await hit(s, { authorization: "Bearer token-b" });
    expect(response.status).toBe(429);
    expect(response.body.errors?.[0]?.extensions).toEqual({
      code: "RATE_LIMITED",
      limit: "rate:address",
      actual: 4,
      max: 3,
    });
  });
});

describe("every route counts: health probes, the IDE and its assets", () => {
  let s: SafetyServer;
  beforeAll(async () => {
    s = await startSafetyServer({ env: { ACCORD_RATE_LIMIT_ADDRESS: "4" } });
  });
  afterAll(() => s.close());

  test("one address's requests to any route share its limit; the fifth is refused", async () => {
    const origin = new URL(s.url).origin;
    const get = (path: string, accept = "application/json") => fetch(`${origin}${path}`, { headers: { accept } });
    const answers = [
      await get("/healthz"),
      await get("/readyz"),
      await get("/", "text/html"),
      await get("/graphiql/assets/graphiql.min.js", "*/*"),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(answers.map((r) => r.headers.get("ratelimit"))).toEqual(
      [3, 2, 1, 0].map((left) => expect.stringMatching(new RegExp(`^"address"; r=${left}; t=\\d+$`))),
    );
    // Read to the end: a response left unread holds its connection open, and the server's stop waits for it.
    await Promise.all(answers.map((r) => r.arrayBuffer()));
    for (const path of ["/healthz", "/readyz", "/graphiql/assets/graphiql.min.js"]) {
      const refused = await get(path);
      expect([path, refused.status, (await readGraphQL(refused)).errors?.[0]?.extensions?.code]).toEqual([
        path,
        429,
        "RATE_LIMITED",
      ]);
    }
    expect((await hit(s)).status).toBe(429);
  });
});

describe("Redis unreachable", () => {
  let s: SafetyServer;
  beforeAll(async () => {
    s = await startSafetyServer({ env: { REDIS_URL: "redis://127.0.0.1:1", ACCORD_RATE_LIMIT_ADDRESS: "1" } });
  });
  afterAll(() => s.close());

  test("requests are served, uncounted, rather than refused", async () => {
    const started = Date.now();
    const answers = [await hit(s), await hit(s)];
    expect(answers.map((a) => [a.status, a.body])).toEqual([
      [200, { data: { __typename: "Query" }, extensions: { cost: { requested: 0, max: 500000 } } }],
      [200, { data: { __typename: "Query" }, extensions: { cost: { requested: 0, max: 500000 } } }],
    ]);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
