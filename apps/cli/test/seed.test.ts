import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { createTestDatabase, type TestDatabase } from "@accord/db/testing";

const run = promisify(execFile);
const cli = join(__dirname, "../dist/main.js");

describe("accord seed", () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db.drop();
  });

  it("seeds DATABASE_URL, then finds nothing to do on a second run", async () => {
    const seed = () => run(process.execPath, [cli, "seed"], { env: { ...process.env, DATABASE_URL: db.url } });
    const first = await seed();
    expect(first.stdout.split("\n")[0]).toBe("seed: 200 created, 0 updated, 0 deleted, 0 unchanged");
    expect(first.stdout).toContain("  statement: +13 ~0 -0\n");
    const second = await seed();
    expect(second.stdout).toBe("seed: 0 created, 0 updated, 0 deleted, 200 unchanged\n");
    expect(await db.prisma.commitment.count()).toBe(5);
  });
});
