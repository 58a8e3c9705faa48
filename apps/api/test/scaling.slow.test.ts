import { createHash, randomBytes } from "node:crypto";
import { createPrismaClient, seedDatabase } from "@accord/db";
import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import pg from "pg";
import { createRedisPersistedQueryCache, type SharedCache, withReadReplicas } from "../src/scaling";
import { type AccordServer, createAccordServer } from "../src/server";

// Two API instances on one database and one Redis, as behind a load balancer; B reads through a "replica"
// (the same database under another application_name, so the test can see which pool served it).
const redisUrl = process.env.ACCORD_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const replicaApp = `accord_replica_${randomBytes(4).toString("hex")}`;

let db: TestDatabase;
let caches: SharedCache[];
let servers: AccordServer[];
let urls: string[];
let closeB: () => Promise<void>;

type Response = { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] };

async function post(url: string, body: object): Promise<Response> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return (await response.json()) as Response;
}

// Apollo stores a new persisted query without awaiting Redis, so the answer can reach the client first.
async function registeredOn(url: string, extensions: object): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const response = await post(url, { extensions });
    const missing = response.errors?.[0]?.extensions?.code === "PERSISTED_QUERY_NOT_FOUND";
    if (!missing || attempt === 50) return response;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDatabase(db.prisma);
  const namespace = `accord:test:${randomBytes(6).toString("hex")}`;
  caches = [
    createRedisPersistedQueryCache({ redisUrl, namespace }),
    createRedisPersistedQueryCache({ redisUrl, namespace }),
  ];
  const primaryB = createPrismaClient({ databaseUrl: db.url, maxConnections: 2 });
  const replicaUrl = new URL(db.url);
  replicaUrl.searchParams.set("application_name", replicaApp);
  const b = withReadReplicas({ primary: primaryB, replicaUrls: [replicaUrl.toString()], maxConnections: 2 });
  closeB = async () => {
    await b.disconnect();
    await primaryB.$disconnect();
  };
  servers = [
    await createAccordServer({ prisma: db.prisma, persistedQueryCache: caches[0]!.cache }),
    await createAccordServer({ prisma: b.prisma, persistedQueryCache: caches[1]!.cache }),
  ];
  urls = [];
  for (const server of servers) urls.push((await server.listen(0, "127.0.0.1")).url);
});

afterAll(async () => {
  for (const server of servers ?? []) await server.stop();
  await caches?.[0]?.clear();
  for (const cache of caches ?? []) await cache.close();
  await closeB?.();
  await db?.drop();
});

const page = `{ engagements(first: 10) { totalCount edges { cursor node { id title startDate
  participants { role actor { id name } } } } } }`;

describe("two API instances on one database and Redis", () => {
  it("serve the same page of engagements, B reading from its replica", async () => {
    const [a, b] = [await post(urls[0]!, { query: page }), await post(urls[1]!, { query: page })];
    expect(a.errors).toBeUndefined();
    expect(b).toEqual(a);
    const edges = (a.data as { engagements: { edges: unknown[] } }).engagements.edges;
    expect(edges.length).toBeGreaterThan(0);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND application_name = $2",
      [db.name, replicaApp],
    );
    await client.end();
    expect(rows[0].n).toBeGreaterThan(0);
  });

  it("answer a persisted query registered on the other instance", async () => {
    const query = `{ engagements(first: 3) { edges { node { id title } } } }`;
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    const extensions = { persistedQuery: { version: 1, sha256Hash } };

    const unknown = await post(urls[1]!, { extensions });
    expect(unknown.errors?.map((error) => error.extensions?.code)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);

    const registered = await post(urls[0]!, { query, extensions });
    expect(registered.errors).toBeUndefined();
    const byHash = await registeredOn(urls[1]!, extensions);
    expect(byHash).toEqual(registered);
    expect((registered.data as { engagements: { edges: unknown[] } }).engagements.edges).toHaveLength(3);
  });
});
