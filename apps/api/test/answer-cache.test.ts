// Analytics answers are kept per process while the data version they were read at is current
// (compiled-reads/answer-cache.ts, migration 20261207020000_data_version): every write committed in
// another transaction, by the API or by raw SQL, must change the next answer; nothing uncommitted may.
import pg from "pg";
import { fromGlobalId, toGlobalId } from "../src/common/global-id";
import { answerCacheStats } from "../src/compiled-reads/answer-cache";
import { byParticipant, bySpeaker, byYear, useAnswerCacheServer } from "./support/answer-cache";
import { useTestTokens } from "./support/tokens";

const { t, answer, direct, inOwnTransaction, concurrentWritesAndReads } = useAnswerCacheServer();
const auth = useTestTokens(t);

const sample = async () => {
  const [row] = await t.db.prisma.$queryRaw<{ engagement: string; actor: string }[]>`
    SELECT e.id::text AS engagement, a.id::text AS actor FROM engagement e, actor a
    WHERE NOT EXISTS (SELECT FROM participant p WHERE p.engagement_id = e.id AND p.actor_id = a.id)
    ORDER BY e.id, a.id LIMIT 1`;
  return row!;
};

describe("the analytics answer cache", () => {
  it("serves a repeat from the cache, equal to a direct count", async () => {
    for (const query of [byParticipant, byYear, bySpeaker]) {
      const first = await answer(query);
      const hits = answerCacheStats.hits;
      expect(await answer(query)).toEqual(first);
      expect(answerCacheStats.hits).toBe(hits + 1);
      expect(first).toEqual(await direct(query));
    }
  });

  it("answers anew after an API mutation", async () => {
    await answer(byParticipant);
    const actor = await t.db.prisma.actor.create({ data: { kind: "PERSON", name: "Cache Person" } });
    const created = await t.gql(
      `mutation($input: CreateEngagementInput!) { createEngagement(input: $input) { id } }`,
      {
        input: {
          kind: "CALL",
          title: "Cache call",
          start: "2021-03-04",
          participants: [{ actorId: toGlobalId("Actor", actor.id) }],
        },
      },
      auth.editor,
    );
    expect(created.errors).toBeUndefined();
    const after = await answer(byParticipant);
    expect(after[actor.id]).toBe(1);
    expect(after).toEqual(await direct(byParticipant));
  });

  it("answers anew after a raw insert, delete and re-date committed in another transaction", async () => {
    const { engagement, actor } = await sample();
    const before = await answer(byParticipant);
    await inOwnTransaction(
      `INSERT INTO participant (id, engagement_id, actor_id) VALUES (gen_random_uuid(), '${engagement}', '${actor}')`,
    );
    const inserted = await answer(byParticipant);
    expect(inserted[actor]).toBe((before[actor] ?? 0) + 1);
    expect(inserted).toEqual(await direct(byParticipant));

    await inOwnTransaction(`DELETE FROM participant WHERE engagement_id = '${engagement}' AND actor_id = '${actor}'`);
    expect(await answer(byParticipant)).toEqual(before);

    const years = await answer(byYear);
    await inOwnTransaction(`UPDATE engagement SET start_date = DATE '1901-06-01', span_end = DATE '1901-06-01',
      start_precision = 'DAY' WHERE id = '${engagement}'`);
    const redated = await answer(byYear);
    expect(redated["1901"]).toBe((years["1901"] ?? 0) + 1);
    expect(redated).toEqual(await direct(byYear));
  });

  it("keeps commitmentTotals too, and answers anew after a commitment and an actor's new name committed elsewhere", async () => {
    const totals =
      "{ commitmentTotals(groupBy: [COMMITTER, CURRENCY]) { committer { id name } currency total count } }";
    type Total = { committer: { id: string; name: string } | null; currency: string; total: string; count: number };
    const ask = async () => {
      const result = await t.gql<{ commitmentTotals: Total[] }>(totals);
      expect(result.errors).toBeUndefined();
      return result.data!.commitmentTotals;
    };
    const before = await ask();
    const hits = answerCacheStats.hits;
    expect(await ask()).toEqual(before);
    expect(answerCacheStats.hits).toBe(hits + 1);
    const { committer_id: committer } = (
      await t.db.prisma.$queryRawUnsafe<{ committer_id: string }[]>(
        "SELECT committer_id::text FROM commitment WHERE currency = 'USD' AND amount IS NOT NULL ORDER BY id LIMIT 1",
      )
    )[0]!;
    const group = (answer: Total[]) =>
      answer.find((g) => g.currency === "USD" && g.committer && fromGlobalId(g.committer.id).id === committer)!;
    await inOwnTransaction(`INSERT INTO commitment (id, committer_id, kind, description, amount, currency, status,
      updated_at) VALUES (gen_random_uuid(), '${committer}', 'FINANCIAL', 'Cache pledge', 1000, 'USD', 'PLEDGED', now())`);
    const inserted = await ask();
    expect(group(inserted).count).toBe(group(before).count + 1);
    expect(Number(group(inserted).total)).toBe(Number(group(before).total) + 1000);
    await inOwnTransaction(`UPDATE actor SET name = 'Renamed committer' WHERE id = '${committer}'`);
    expect(group(await ask()).committer?.name).toBe("Renamed committer");
  });

  it("keeps serving while a write is uncommitted, and answers anew once it commits", async () => {
    const { engagement, actor } = await sample();
    const before = await answer(byParticipant);
    const client = new pg.Client({ connectionString: t.db.url });
    await client.connect();
    try {
      await client.query("BEGIN");
      await client.query(
        `INSERT INTO participant (id, engagement_id, actor_id) VALUES (gen_random_uuid(), '${engagement}', '${actor}')`,
      );
      const hits = answerCacheStats.hits;
      expect(await answer(byParticipant)).toEqual(before);
      expect(answerCacheStats.hits).toBe(hits + 1);
      await client.query("COMMIT");
    } finally {
      await client.end();
    }
    const after = await answer(byParticipant);
    expect(after[actor]).toBe((before[actor] ?? 0) + 1);
    expect(after).toEqual(await direct(byParticipant));
  });

  // The first 10 writes of each writer's 30; the other 20 are the slow tier's (answer-cache-writers.slow.test.ts).
  it("equals a direct count after concurrent writers and readers, and folding keeps the version", async () => {
    await concurrentWritesAndReads(0, 10);

    // 300 writing statements' rows: the next version read folds them into one, and the version stays.
    await t.db.prisma.$executeRawUnsafe("INSERT INTO data_change (n) SELECT 1 FROM generate_series(1, 300)");
    await answer(byParticipant);
    const hits = answerCacheStats.hits;
    await answer(byParticipant);
    const rows = async () =>
      (await t.db.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM data_change`)[0]!.n;
    for (let i = 0; i < 50 && (await rows()) > 1; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await rows()).toBe(1);
    expect(await answer(byParticipant)).toEqual(await direct(byParticipant));
    expect(answerCacheStats.hits).toBe(hits + 2);
  });
});
