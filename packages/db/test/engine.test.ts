import pg from "pg";
import { openSchemaEngine } from "../src/migrate/engine";
import { noFilters, readMigrationsList } from "../src/migrate/migrations";
import { createTestDatabase, type TestDatabase } from "../src/testing";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase({ empty: true });
});

afterAll(async () => {
  await db?.drop();
});

async function backendsOn(name: string): Promise<number> {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
      [name],
    );
    return rows[0]?.n ?? -1;
  } finally {
    await client.end();
  }
}

// close() ends the connections the engine still holds, found through pg's public pool events: if pg
// or the engine changes how it hands connections out, this fails instead of leaving backends behind.
test("closing the schema engine ends every connection it opened", async () => {
  const name = new URL(db.url).pathname.slice(1);
  await db.prisma.$disconnect();
  const { engine, close } = await openSchemaEngine({ databaseUrl: db.url });
  const migrationsList = await readMigrationsList();
  const applied = await engine.applyMigrations({ migrationsList, filters: noFilters });
  expect(applied.appliedMigrationNames).toEqual(migrationsList.migrationDirectories.map((folder) => folder.path));
  expect(await backendsOn(name)).toBeGreaterThan(0);
  await close();
  for (let waited = 0; waited < 2_000 && (await backendsOn(name)) > 0; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(await backendsOn(name)).toBe(0);
});
