import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { hashTokenSecret } from "@accord/db";
import { createTestDatabase, type TestDatabase } from "@accord/db/testing";

const run = promisify(execFile);
const cli = join(__dirname, "../dist/main.js");

describe("accord token", () => {
  let db: TestDatabase;
  const accord = (...args: string[]) =>
    run(process.execPath, [cli, "token", ...args], { env: { ...process.env, DATABASE_URL: db.url } });

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db.drop();
  });

  it("creates a token, printing its secret once and storing only its hash", async () => {
    const { stdout } = await accord("create", "--role", "editor", "--name", "ci-bot");
    const lines = stdout.trim().split("\n");
    const stored = await db.prisma.apiToken.findFirstOrThrow({ where: { name: "ci-bot" } });
    expect(lines[0]).toBe(`Created token "ci-bot" (editor), id ${stored.id}`);
    const secret = lines[1]!;
    expect(secret).toMatch(/^acc_[A-Za-z0-9_-]{43}$/);
    expect(stored).toMatchObject({ role: "EDITOR", tokenHash: hashTokenSecret(secret), revokedAt: null });
    expect(JSON.stringify(stored)).not.toContain(secret);
  });

  it("refuses a bad role and a second active token of the same name", async () => {
    await expect(accord("create", "--role", "owner", "--name", "x")).rejects.toMatchObject({
      stderr: 'accord: --role must be one of reader, editor, admin, got "owner"\n',
    });
    await expect(accord("create", "--role", "admin", "--name", "ci-bot")).rejects.toMatchObject({
      stderr: expect.stringContaining('an active token is already named "ci-bot"'),
    });
  });

  it("lists tokens without secrets, and revokes by name and by ID", async () => {
    await accord("create", "--role", "reader", "--name", "dashboard");
    const listed = JSON.parse((await accord("list", "--json")).stdout) as Record<string, unknown>[];
    expect(listed.map((t) => [t.name, t.role, t.revokedAt])).toEqual([
      ["dashboard", "READER", null],
      ["ci-bot", "EDITOR", null],
    ]);
    expect(Object.keys(listed[0]!).sort()).toEqual(["createdAt", "id", "lastUsedAt", "name", "revokedAt", "role"]);

    const byName = await accord("revoke", "ci-bot");
    const ci = await db.prisma.apiToken.findFirstOrThrow({ where: { name: "ci-bot" } });
    expect(byName.stdout).toBe(`Revoked token "ci-bot" (${ci.id})\n`);
    expect(ci.revokedAt).toBeInstanceOf(Date);

    const dashboard = listed[0]!.id as string;
    await accord("revoke", dashboard);
    await expect(accord("revoke", dashboard)).rejects.toMatchObject({
      stderr: `accord: token "dashboard" (${dashboard}) was already revoked\n`,
    });
    const table = (await accord("list")).stdout.trim().split("\n");
    expect(table).toHaveLength(2);
    expect(table.every((line) => /\trevoked \d{4}-\d\d-\d\d /.test(line))).toBe(true);
  });
});
