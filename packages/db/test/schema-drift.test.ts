// The fast tier's guard that the migrations give exactly schema.prisma (migrate.slow.test.ts checks it on a database
// `accord migrate` creates): a migration whose SQL Prisma reads differently from the schema (a key with INCLUDE
// columns, say) would otherwise pass every fast test and fail only in the slow tier.
import { diffDatabaseAgainstSchema } from "../src/migrate/diff";
import { createTestDatabase, type TestDatabase } from "../src/testing/test-database";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

it("the migrated test template differs in nothing from schema.prisma", async () => {
  await expect(diffDatabaseAgainstSchema({ databaseUrl: db.url })).resolves.toBeNull();
});
