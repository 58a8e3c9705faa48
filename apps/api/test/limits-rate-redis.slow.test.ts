// The rate limit counted in Redis (slow tier: needs Redis at 127.0.0.1:6379); in memory: limits-rate.test.ts.
import { randomBytes } from "node:crypto";
import { type SafetyServer, startSafetyServer } from "./support/safety-server";
import { hitTypename as hit } from "./support/typename-hit";

describe("in Redis (REDIS_URL set): two servers share one count", () => {
  const servers: SafetyServer[] = [];
  beforeAll(async () => {
    const env = { REDIS_URL: "redis://127.0.0.1:6379", ACCORD_RATE_LIMIT_ADDRESS: "3" };
    // A prefix of its own so parallel or repeated runs do not share counters.
    const rateLimit = { windowMs: 60_000, address: 3, token: 0, redisUrl: env.REDIS_URL };
    const redisPrefix = `accord:test:${randomBytes(4).toString("hex")}:`;
    for (let i = 0; i < 2; i += 1) {
      servers.push(await startSafetyServer({ env, limits: { rateLimit: { ...rateLimit, redisPrefix } } }));
    }
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
  });

  test("the fourth request, on the other server, is refused", async () => {
    const [a, b] = servers as [SafetyServer, SafetyServer];
    expect((await hit(a)).status).toBe(200);
    expect((await hit(b)).status).toBe(200);
    expect((await hit(a)).status).toBe(200);
    const fourth = await hit(b);
    expect(fourth.status).toBe(429);
    expect(fourth.body.errors?.[0]?.extensions).toEqual({
      code: "RATE_LIMITED",
      limit: "rate:address",
      actual: 4,
      max: 3,
    });
  });
});
