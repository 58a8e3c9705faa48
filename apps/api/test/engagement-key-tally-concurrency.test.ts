import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import type pg from "pg";
import { concurrentWriters } from "./support/race";
import { counterpartTallyDrift, countryKeyTallyDrift, keyTallyDrift } from "./support/tally-check";

let db: TestDatabase;
const { connect, race, closeAll } = concurrentWriters(() => db);
let actors: string[];
let topics: string[];

beforeAll(async () => {
  db = await createTestDatabase();
  actors = await Promise.all(
    ["Alpha", "Beta", "Gamma", "Delta"].map(
      async (name) => (await db.prisma.actor.create({ data: { kind: "STATE", name } })).id,
    ),
  );
  topics = await Promise.all(
    ["one", "two"].map(async (slug) => (await db.prisma.topic.create({ data: { slug, name: slug, path: slug } })).id),
  );
});

afterEach(() => closeAll());

afterAll(() => db.drop());

const insertSql = `INSERT INTO engagement (id, kind, title, start_date, start_precision, span_end, country_id, updated_at)
  VALUES (gen_random_uuid(), $1, 'Meeting', $2, 'DAY', $2, $3, now()) RETURNING id`;

async function insert(client: pg.Client, day: string, kind = "CALL", country: string | null = null): Promise<string> {
  return (await client.query(insertSql, [kind, day, country])).rows[0].id;
}

const addParticipant = (client: pg.Client, engagement: string, actor: string, represents: string | null = null) =>
  client.query(
    "INSERT INTO participant (id, engagement_id, actor_id, represents_id) VALUES (gen_random_uuid(), $1, $2, $3)",
    [engagement, actor, represents],
  );

const total = async (dim: number, key: string) =>
  (
    await db.prisma.$queryRaw<{ count: number }[]>`
      SELECT count FROM engagement_key_total WHERE dim = ${dim}::smallint AND key = ${key}::uuid`
  )[0]?.count ?? 0;

describe("engagement_key_tally, engagement_country_key_tally and counterpart_tally with concurrent writers (READ COMMITTED)", () => {
  it("counts both of two transactions that add the same participant to two engagements", async () => {
    const setup = await connect();
    const [e1, e2] = [await insert(setup, "2024-01-02"), await insert(setup, "2024-01-03")];
    await race(
      (a) => addParticipant(a, e1, actors[0]!, actors[1]!),
      (b) => addParticipant(b, e2, actors[0]!, actors[1]!),
    );
    expect(await total(3, actors[0]!)).toBe(2);
    expect(await total(4, actors[1]!)).toBe(2);
    expect(await keyTallyDrift(db.prisma)).toEqual([]);
    expect(await countryKeyTallyDrift(db.prisma)).toEqual([]);
    expect(await counterpartTallyDrift(db.prisma)).toEqual([]);
  });

  it("changes an engagement's kind while another transaction adds a participant and a topic to it", async () => {
    const setup = await connect();
    const id = await insert(setup, "2023-05-01", "VISIT", actors[2]!);
    await race(
      (a) => a.query("UPDATE engagement SET kind = 'SUMMIT', country_id = $2 WHERE id = $1", [id, actors[3]!]),
      async (b) => {
        await addParticipant(b, id, actors[2]!, actors[3]!);
        await b.query("INSERT INTO engagement_topic (engagement_id, topic_id) VALUES ($1, $2)", [id, topics[0]!]);
      },
    );
    expect(await keyTallyDrift(db.prisma)).toEqual([]);
    expect(await countryKeyTallyDrift(db.prisma)).toEqual([]);
    expect(await counterpartTallyDrift(db.prisma)).toEqual([]);
    const [row] = await db.prisma.$queryRaw<{ count: number }[]>`
      SELECT count FROM engagement_key_tally WHERE dim = 3 AND key = ${actors[2]!}::uuid AND kind = 'SUMMIT'`;
    expect(row).toEqual({ count: 1 });
  });

  it("stays exact with eight writers at once, adding and removing engagements, participants and topics", async () => {
    const writers = await Promise.all(Array.from({ length: 8 }, () => connect()));
    await Promise.all(
      writers.map(async (client, i) => {
        await client.query("BEGIN");
        const id = await insert(client, `2022-0${(i % 3) + 1}-15`, i % 2 ? "VISIT" : "CALL", actors[i % 4]!);
        await addParticipant(client, id, actors[i % 3]!, i % 2 ? actors[3]! : null);
        await client.query("INSERT INTO engagement_topic (engagement_id, topic_id) VALUES ($1, $2)", [
          id,
          topics[i % 2]!,
        ]);
        if (i % 4 === 0) await client.query("DELETE FROM participant WHERE engagement_id = $1", [id]);
        if (i % 4 === 1) await client.query("DELETE FROM engagement WHERE id = $1", [id]);
        await client.query("SELECT pg_sleep(0.05)");
        await client.query("COMMIT");
      }),
    );
    expect(await keyTallyDrift(db.prisma)).toEqual([]);
    expect(await countryKeyTallyDrift(db.prisma)).toEqual([]);
    expect(await counterpartTallyDrift(db.prisma)).toEqual([]);
  });

  it("counts a dyad two transactions make in two engagements, and a date change racing a new participant", async () => {
    const setup = await connect();
    const [e1, e2] = [await insert(setup, "2021-03-04"), await insert(setup, "2021-06-07")];
    await addParticipant(setup, e1, actors[0]!);
    await addParticipant(setup, e2, actors[0]!);
    await race(
      (a) => addParticipant(a, e1, actors[1]!),
      (b) => addParticipant(b, e2, actors[1]!),
    );
    await race(
      (a) => a.query("UPDATE engagement SET start_date = '2020-01-01', span_end = '2020-01-01' WHERE id = $1", [e1]),
      (b) => addParticipant(b, e1, actors[2]!, actors[3]!),
    );
    const dyads = await db.prisma.$queryRaw<{ counterpart: string; count: number; first: number }[]>`
      SELECT counterpart_id::text AS counterpart, count, first_key / 4 AS first FROM counterpart_tally
       WHERE actor_id = ${actors[0]!}::uuid ORDER BY counterpart_id`;
    const day = (iso: string) => (Date.parse(iso) - Date.parse("0001-01-01")) / 86_400_000;
    expect(new Map(dyads.map((d) => [d.counterpart, [d.count, d.first]]))).toEqual(
      new Map([
        [actors[1]!, [2, day("2020-01-01")]],
        [actors[2]!, [1, day("2020-01-01")]],
        [actors[3]!, [1, day("2020-01-01")]],
      ]),
    );
    expect(await counterpartTallyDrift(db.prisma)).toEqual([]);
  });

  it("counts a country's participants while its engagements move between countries and lose participants", async () => {
    const setup = await connect();
    const [e1, e2] = [
      await insert(setup, "2019-02-03", "CALL", actors[0]!),
      await insert(setup, "2019-04-05", "CALL", actors[1]!),
    ];
    await addParticipant(setup, e1, actors[2]!);
    await race(
      (a) => a.query("UPDATE engagement SET country_id = $2 WHERE id = $1", [e1, actors[1]!]),
      async (b) => {
        await addParticipant(b, e2, actors[2]!, actors[3]!);
        await b.query("DELETE FROM participant WHERE engagement_id = $1", [e1]);
      },
    );
    const [row] = await db.prisma.$queryRaw<{ count: number }[]>`
      SELECT count FROM engagement_country_key_tally
       WHERE country_id = ${actors[1]!}::uuid AND dim = 3 AND key = ${actors[2]!}::uuid`;
    expect(row).toEqual({ count: 1 });
    expect(await countryKeyTallyDrift(db.prisma)).toEqual([]);
  });

  it("rebuilds after a TRUNCATE", async () => {
    const client = await connect();
    await client.query("TRUNCATE engagement_topic");
    expect(await keyTallyDrift(db.prisma)).toEqual([]);
    expect(await countryKeyTallyDrift(db.prisma)).toEqual([]);
    expect(await counterpartTallyDrift(db.prisma)).toEqual([]);
  });
});

describe("participant's copy of its engagement's start date with concurrent writers", () => {
  it("is the new date when a participant is added while another transaction moves the engagement", async () => {
    const setup = await connect();
    const id = await insert(setup, "2020-05-05");
    await addParticipant(setup, id, actors[0]!);
    await race(
      (a) => a.query("UPDATE engagement SET start_date = '2021-06-06', span_end = '2021-06-06' WHERE id = $1", [id]),
      (b) => addParticipant(b, id, actors[1]!),
    );
    const copies = await db.prisma.$queryRaw<{ stale: number }[]>`
      SELECT count(*)::int AS stale FROM participant p JOIN engagement e ON e.id = p.engagement_id
       WHERE p.engagement_start_date <> e.start_date`;
    expect(copies).toEqual([{ stale: 0 }]);
    expect(await counterpartTallyDrift(db.prisma)).toEqual([]);
  });
});
