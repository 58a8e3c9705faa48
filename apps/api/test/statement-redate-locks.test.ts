// An engagement re-date against statement writes (migration 20261206233000, statements/statement-locks.ts):
// the re-date leaves statement_topic alone when no copy of its date changes, and a statement re-positioned
// while its engagement is re-dated does not deadlock (both take the engagement first).
import { createApiToken, makeActor, makeEngagement, makeStatement, makeTopic } from "@accord/db";
import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import type { Viewer } from "../src/auth/viewer";
import { toGlobalId } from "../src/common/global-id";
import { updateStatement } from "../src/statements/statement.write";
import type { UpdateStatementInput } from "../src/statements/statement-write.input";
import { concurrentWriters } from "./support/race";

let db: TestDatabase;
let viewer: Viewer;
let speakerId: string;
let topicId: string;
const { connect, closeAll } = concurrentWriters(() => db);

beforeAll(async () => {
  db = await createTestDatabase();
  const { token } = await createApiToken({ db: db.prisma, name: "redate-locks", role: "EDITOR" });
  viewer = { tokenId: token.id, name: token.name, role: token.role };
  speakerId = (await makeActor(db.prisma, { kind: "STATE", name: "Speaker" })).id;
  topicId = (await makeTopic(db.prisma, { slug: "water" })).id;
  // Holds a statement's move between locking the statement and its engagement's lock in the tallies' triggers.
  await db.prisma.$executeRawUnsafe(`CREATE FUNCTION test_pause_moved_topic() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.statement_position IS DISTINCT FROM NEW.statement_position THEN PERFORM pg_sleep(0.8); END IF;
      RETURN NEW;
    END $$`);
  await db.prisma.$executeRawUnsafe(`CREATE TRIGGER zz_test_pause BEFORE UPDATE ON statement_topic
    FOR EACH ROW EXECUTE FUNCTION test_pause_moved_topic()`);
});

afterEach(() => closeAll());

afterAll(() => db.drop());

async function engagementWithStatement(topicIds: string[]) {
  const engagement = await makeEngagement(db.prisma, { start: "2025-03-10" });
  const statement = await makeStatement(db.prisma, { engagementId: engagement.id, speakerId, topicIds });
  return { engagementId: engagement.id, statement };
}

const redate = (engagementId: string) =>
  `UPDATE engagement SET start_date = start_date + 1, span_end = span_end + 1 WHERE id = '${engagementId}'`;

test("a re-date of an engagement whose statements have no topic runs none of statement_topic's triggers", async () => {
  const calls = async (engagementId: string) => {
    // A connection of its own each time: the counts of a backend's earlier transactions may still be pending.
    const client = await connect();
    await client.query("BEGIN");
    await client.query("SET LOCAL track_functions = 'pl'");
    await client.query(redate(engagementId));
    const { rows } = await client.query<{ funcname: string; calls: string }>(
      `SELECT funcname, calls FROM pg_stat_xact_user_functions WHERE funcname IN
       ('accord_engagement_start_date_to_statement_topics', 'accord_statement_topic_order_resync',
        'accord_statement_tally_from_topic') ORDER BY funcname`,
    );
    await client.query("ROLLBACK");
    return rows.map(({ funcname, calls }) => [funcname, Number(calls)]);
  };
  const without = await engagementWithStatement([]);
  expect(await calls(without.engagementId)).toEqual([["accord_engagement_start_date_to_statement_topics", 1]]);
  // With a topic, its copy of the date is written and the topic's triggers run once.
  const withTopic = await engagementWithStatement([topicId]);
  expect(await calls(withTopic.engagementId)).toEqual([
    ["accord_engagement_start_date_to_statement_topics", 1],
    ["accord_statement_tally_from_topic", 1],
    ["accord_statement_topic_order_resync", 1],
  ]);
});

test("a statement with topics re-positioned while its engagement is re-dated: both land, no deadlock", async () => {
  const { engagementId, statement } = await engagementWithStatement([topicId]);
  const moving = updateStatement({
    prisma: db.prisma,
    viewer,
    input: {
      id: toGlobalId("Statement", statement.id),
      version: statement.version,
      position: 5,
    } as UpdateStatementInput,
  });
  // The move now holds the statement and sleeps in the topic's update; the re-date starts then.
  for (let i = 0; (await sleepers()) === 0; i++) {
    if (i === 200) throw new Error("the statement move never reached the topic's update");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const b = await connect();
  await b.query("BEGIN");
  const redating = b.query(redate(engagementId)).then(() => b.query("COMMIT"));
  await Promise.all([moving, redating]);
  const [copy] = await db.prisma.$queryRaw<{ same: boolean; position: number }[]>`
    SELECT t.engagement_start_date = e.start_date AS same, t.statement_position AS position
      FROM statement_topic t JOIN engagement e ON e.id = t.engagement_id WHERE t.statement_id = ${statement.id}::uuid`;
  expect(copy).toEqual({ same: true, position: 5 });
  const [row] = await db.prisma.$queryRaw<{ start: string }[]>`
    SELECT start_date::text AS start FROM engagement WHERE id = ${engagementId}::uuid`;
  expect(row?.start).toBe("2025-03-11");
});

async function sleepers(): Promise<number> {
  const [row] = await db.prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'PgSleep'`;
  return row?.n ?? 0;
}
