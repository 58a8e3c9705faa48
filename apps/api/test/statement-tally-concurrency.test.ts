import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import type pg from "pg";
import { concurrentWriters } from "./support/race";
import { statementTallyDrift } from "./support/tally-check";

let db: TestDatabase;
const { connect, race, blocked, closeAll } = concurrentWriters(() => db);
let speaker: string;
let topic: string;

beforeAll(async () => {
  db = await createTestDatabase();
  speaker = (await db.prisma.actor.create({ data: { kind: "STATE", name: "Alpha" } })).id;
  topic = (await db.prisma.topic.create({ data: { slug: "one", name: "one", path: "one" } })).id;
});

afterEach(() => closeAll());

afterAll(() => db.drop());

async function engagement(day: string): Promise<string> {
  const [row] = await db.prisma.$queryRaw<{ id: string }[]>`
    INSERT INTO engagement (id, kind, title, start_date, start_precision, span_end, updated_at)
    VALUES (gen_random_uuid(), 'CALL', 'Meeting', ${day}::date, 'DAY', ${day}::date, now()) RETURNING id`;
  return row!.id;
}

async function say(client: pg.Client, engagementId: string, kind = "POSITION"): Promise<string> {
  const sql = `INSERT INTO statement (id, engagement_id, speaker_id, kind, gist, updated_at)
    VALUES (gen_random_uuid(), $1, $2, $3, 'Said', now()) RETURNING id`;
  return (await client.query(sql, [engagementId, speaker, kind])).rows[0].id;
}

describe("statement_tally and statement_key_tally with concurrent writers (READ COMMITTED)", () => {
  it("counts both of two transactions that add to the same groups", async () => {
    const [a, b] = [await engagement("2024-05-01"), await engagement("2024-05-20")];
    // Each waits for the other's advisory lock on (2024, POSITION) and on the speaker's key.
    await race(
      (x) => say(x, a),
      (y) => say(y, b),
    );
    const [row] = await db.prisma.$queryRaw<{ count: number }[]>`
      SELECT count FROM statement_tally WHERE year = 2024 AND month = 5 AND kind = 'POSITION'`;
    expect(row).toEqual({ count: 2 });
    expect(await statementTallyDrift(db.prisma)).toEqual([]);
  });

  it("moves an engagement's statements to another year while another transaction adds one to it", async () => {
    const e = await engagement("2020-03-10");
    const setup = await connect();
    await say(setup, e);
    await race(
      (x) => x.query("UPDATE engagement SET start_date = '2019-01-01', start_precision = 'YEAR' WHERE id = $1", [e]),
      (y) => say(y, e, "PLEDGE"),
    );
    expect(await statementTallyDrift(db.prisma)).toEqual([]);
  });

  it("tags a statement with a topic while another transaction changes its kind", async () => {
    const e = await engagement("2018-07-01");
    const setup = await connect();
    const s = await say(setup, e);
    await race(
      (x) => x.query("UPDATE statement SET kind = 'HOPE' WHERE id = $1", [s]),
      (y) => y.query("INSERT INTO statement_topic (statement_id, topic_id) VALUES ($1, $2)", [s, topic]),
    );
    const [row] = await db.prisma.$queryRaw<{ kind: string }[]>`
      SELECT kind::text FROM statement_key_tally WHERE dim = 2 AND key = ${topic}::uuid`;
    expect(row).toEqual({ kind: "HOPE" });
    expect(await statementTallyDrift(db.prisma)).toEqual([]);
  });

  it("stays exact with eight writers at once, adding, tagging and deleting across shared groups", async () => {
    const e = await engagement("2022-02-02");
    const writers = await Promise.all(Array.from({ length: 8 }, () => connect()));
    await Promise.all(
      writers.map(async (client, i) => {
        await client.query("BEGIN");
        const s = await say(client, e, i % 2 ? "HOPE" : "POSITION");
        if (i % 3 === 0)
          await client.query("INSERT INTO statement_topic (statement_id, topic_id) VALUES ($1, $2)", [s, topic]);
        if (i % 4 === 0) await client.query("DELETE FROM statement WHERE id = $1", [s]);
        await client.query("SELECT pg_sleep(0.05)");
        await client.query("COMMIT");
      }),
    );
    expect(await statementTallyDrift(db.prisma)).toEqual([]);
  });
});

describe("statement_topic's copies of its statement's sort key with concurrent writers", () => {
  const tag = (client: pg.Client, statement: string) =>
    client.query("INSERT INTO statement_topic (statement_id, topic_id) VALUES ($1, $2)", [statement, topic]);
  const staleCopies = () => db.prisma.$queryRaw<{ stale: number }[]>`
    SELECT count(*)::int AS stale FROM statement_topic t
      JOIN statement s ON s.id = t.statement_id JOIN engagement e ON e.id = s.engagement_id
     WHERE (t.engagement_start_date, t.engagement_id, t.statement_position)
           IS DISTINCT FROM (e.start_date, s.engagement_id, s.position)`;

  it("takes the new date when a topic is added while another transaction re-dates the engagement", async () => {
    const e = await engagement("2020-05-05");
    const s = await say(await connect(), e);
    await race(
      (x) => x.query("UPDATE engagement SET start_date = '2021-06-06', span_end = '2021-06-06' WHERE id = $1", [e]),
      (y) => tag(y, s),
    );
    expect(await staleCopies()).toEqual([{ stale: 0 }]);
    expect(await statementTallyDrift(db.prisma)).toEqual([]);
  });

  it("takes the new engagement and position when a topic is added while another transaction moves the statement", async () => {
    const [e1, e2] = [await engagement("2019-04-04"), await engagement("2019-09-09")];
    const s = await say(await connect(), e1);
    await race(
      (x) => x.query("UPDATE statement SET engagement_id = $2, position = 7 WHERE id = $1", [s, e2]),
      (y) => tag(y, s),
    );
    expect(await staleCopies()).toEqual([{ stale: 0 }]);
    expect(await statementTallyDrift(db.prisma)).toEqual([]);
  });

  it("takes the date of the engagement a statement moved to, re-dated by a third transaction at once", async () => {
    const [e1, e2] = [await engagement("2017-01-01"), await engagement("2017-02-02")];
    const s = await say(await connect(), e1);
    const [mover, tagger, redater] = [await connect(), await connect(), await connect()];
    for (const client of [mover, tagger, redater]) await client.query("BEGIN");
    await mover.query("UPDATE statement SET engagement_id = $2 WHERE id = $1", [s, e2]);
    const tagging = tag(tagger, s);
    await blocked(tagger);
    const redating = redater.query(
      "UPDATE engagement SET start_date = '2016-06-06', span_end = '2016-06-06' WHERE id = $1",
      [e2],
    );
    await blocked(redater);
    await mover.query("COMMIT");
    // Either of the two then waits for the other: each commits as soon as its write is done.
    await Promise.all([tagging.then(() => tagger.query("COMMIT")), redating.then(() => redater.query("COMMIT"))]);
    expect(await staleCopies()).toEqual([{ stale: 0 }]);
    expect(await statementTallyDrift(db.prisma)).toEqual([]);
  });
});
