// The global_id column the triggers keep (migration 20261128014000_stored_global_ids): compiled reads send it
// as the API's ID, so it must be exactly base64url("Type:uuid") for every row however it was written.
import { randomUUID } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "../src/testing/test-database";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

const expected = (type: string, id: string) => Buffer.from(`${type}:${id}`, "utf8").toString("base64url");

describe("global_id", () => {
  it("is the API's global ID for rows inserted in bulk by SQL, on every table that keeps one", async () => {
    // 400 random uuids give every base64 character, '+' and '/' included, at every position.
    const ids = Array.from({ length: 400 }, () => randomUUID());
    const p = db.prisma;
    await p.$executeRawUnsafe(
      `INSERT INTO actor (id, kind, name, search_text, updated_at) SELECT u, 'STATE', 'State ' || u, '', now() FROM unnest($1::uuid[]) u`,
      ids,
    );
    await p.$executeRawUnsafe(
      `INSERT INTO topic (id, slug, name, path) SELECT u, u::text, 'Topic ' || u, u::text FROM unnest($1::uuid[]) u`,
      ids,
    );
    for (const [table, type] of [
      ["actor", "Actor"],
      ["topic", "Topic"],
    ] as const) {
      const rows = await p.$queryRawUnsafe<{ id: string; global_id: string }[]>(
        `SELECT id::text, global_id FROM ${table} WHERE id = ANY($1::uuid[])`,
        ids,
      );
      expect(rows).toHaveLength(ids.length);
      const wrong = rows.filter((row) => row.global_id !== expected(type, row.id));
      expect({ table, wrong }).toEqual({ table, wrong: [] });
    }
  });

  it("is set for rows the client creates, and follows a changed id", async () => {
    const p = db.prisma;
    const actor = await p.actor.create({ data: { kind: "STATE", name: "Republic of Korea" } });
    const engagement = await p.engagement.create({
      data: {
        kind: "BILATERAL_MEETING",
        title: "Talks",
        startDate: new Date("2024-07-10"),
        spanEnd: new Date("2024-07-10"),
      },
    });
    const statement = await p.statement.create({
      data: { engagementId: engagement.id, speakerId: actor.id, kind: "POSITION", gist: "Spoke" },
    });
    const commitment = await p.commitment.create({
      data: { committerId: actor.id, kind: "FINANCIAL", description: "Aid", status: "PLEDGED" },
    });
    const read = async (table: string, id: string) =>
      (await p.$queryRawUnsafe<{ global_id: string }[]>(`SELECT global_id FROM ${table} WHERE id = $1::uuid`, id))[0]
        ?.global_id;
    expect(await read("engagement", engagement.id)).toBe(expected("Engagement", engagement.id));
    expect(await read("statement", statement.id)).toBe(expected("Statement", statement.id));
    expect(await read("commitment", commitment.id)).toBe(expected("Commitment", commitment.id));

    const unreferenced = await p.actor.create({ data: { kind: "PERSON", name: "Nobody yet" } });
    const moved = randomUUID();
    await p.$executeRawUnsafe("UPDATE actor SET id = $1::uuid WHERE id = $2::uuid", moved, unreferenced.id);
    expect(await read("actor", moved)).toBe(expected("Actor", moved));
  });
});
