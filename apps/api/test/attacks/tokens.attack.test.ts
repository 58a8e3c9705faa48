// Issue #14: a revoked token must stop working at once, even where reads go to a replica that has
// not caught up. The "replica" here is a second database holding the token as it was before revoking.
import { createApiToken, createPrismaClient, type PrismaClient, revokeApiToken } from "@accord/db";
import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import { type ReplicatedClient, withReadReplicas } from "../../src/scaling";
import { type AccordServer, createAccordServer } from "../../src/server";

let primaryDb: TestDatabase;
let laggingDb: TestDatabase;
let primary: PrismaClient;
let replicated: ReplicatedClient;
let server: AccordServer;
let url: string;

beforeAll(async () => {
  [primaryDb, laggingDb] = [await createTestDatabase(), await createTestDatabase()];
  primary = createPrismaClient({ databaseUrl: primaryDb.url, maxConnections: 2 });
  replicated = withReadReplicas({ primary, replicaUrls: [laggingDb.url], maxConnections: 2 });
  server = await createAccordServer({ prisma: replicated.prisma, readsRequireToken: true });
  url = (await server.listen(0, "127.0.0.1")).url;
});

afterAll(async () => {
  await server.stop();
  await replicated.disconnect();
  await primary.$disconnect();
  await laggingDb.drop();
  await primaryDb.drop();
});

/** A token on the primary, copied to the lagging replica as it stands now. */
async function tokenOnBoth(name: string): Promise<string> {
  const { secret, token } = await createApiToken({ db: primaryDb.prisma, name, role: "READER" });
  const row = await primaryDb.prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } });
  await laggingDb.prisma.apiToken.create({ data: row });
  return secret;
}

const ask = (secret: string) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query: "{ __typename }" }),
  });

test("a token revoked on the primary is refused though the replica still holds it", async () => {
  const live = await tokenOnBoth("live");
  const revoked = await tokenOnBoth("revoked");
  await revokeApiToken({ db: primaryDb.prisma, idOrName: "revoked" });
  expect(await laggingDb.prisma.apiToken.count({ where: { name: "revoked", revokedAt: null } })).toBe(1);

  const ok = await ask(live);
  expect(ok.status).toBe(200);
  expect(await ok.json()).toEqual({ data: { __typename: "Query" }, extensions: expect.anything() });

  const refused = await ask(revoked);
  expect(refused.status).toBe(401);
  const body = (await refused.json()) as { errors: { message: string; extensions: { code: string } }[] };
  expect(body.errors.map((e) => [e.extensions.code, e.message])).toEqual([
    ["UNAUTHENTICATED", 'Not authenticated: the token "revoked" was revoked'],
  ]);
});
