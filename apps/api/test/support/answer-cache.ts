// answer-cache.test.ts and its slow companion: a seeded server, answers read through it and counted directly,
// writes committed on connections of their own, and the concurrent writers and readers.
import pg from "pg";
import { fromGlobalId } from "../../src/common/global-id";
import { loadLimitsConfig } from "../../src/limits/limits.config";
import { useTestServer } from "./test-server";

export const byParticipant = "query { engagementCounts(groupBy: [PARTICIPANT]) { count participant { id name } } }";
export const byYear = "query { engagementCounts(groupBy: [YEAR]) { year count } }";
export const bySpeaker = "query { statementCounts(groupBy: [SPEAKER]) { count speaker { id } } }";

type Group = { count: number; year?: number; participant?: { id: string } | null; speaker?: { id: string } | null };

/** The calling file's server (rate limits off: the concurrent readers ask hundreds of times) and its helpers. */
export function useAnswerCacheServer() {
  const limits = loadLimitsConfig();
  const t = useTestServer({
    seed: true,
    limits: { ...limits, rateLimit: { ...limits.rateLimit, address: 0, token: 0 } },
  });

  /** An answer as key → count (the none group under "none"). */
  async function answer(query: string): Promise<Record<string, number>> {
    const result = await t.gql<Record<string, Group[]>>(query);
    expect(result.errors).toBeUndefined();
    const [groups] = Object.values(result.data!);
    const keyOf = (g: Group) => {
      const node = g.participant ?? g.speaker;
      if (node) return fromGlobalId(node.id).id;
      return g.year != null ? String(g.year) : "none";
    };
    return Object.fromEntries(groups!.map((g) => [keyOf(g), g.count]));
  }

  /** The same counts read from the tables directly. */
  async function direct(query: string): Promise<Record<string, number>> {
    const sql = {
      [byParticipant]: `SELECT coalesce(p.actor_id::text, 'none') AS key, count(*)::int AS n
        FROM engagement e LEFT JOIN participant p ON p.engagement_id = e.id GROUP BY 1`,
      [byYear]: "SELECT extract(year FROM start_date)::int::text AS key, count(*)::int AS n FROM engagement GROUP BY 1",
      [bySpeaker]: "SELECT speaker_id::text AS key, count(*)::int AS n FROM statement GROUP BY 1",
    }[query]!;
    const rows = await t.db.prisma.$queryRawUnsafe<{ key: string; n: number }[]>(sql);
    return Object.fromEntries(rows.map((r) => [r.key, r.n]));
  }

  /** Runs `statements` in one transaction on a connection of its own, as an importer would. */
  async function inOwnTransaction(...statements: string[]) {
    const client = new pg.Client({ connectionString: t.db.url });
    await client.connect();
    try {
      await client.query("BEGIN");
      for (const statement of statements) await client.query(statement);
      await client.query("COMMIT");
    } finally {
      await client.end();
    }
  }

  /**
   * Three writers, each committing its writes `from` to `to` (exclusive) of 30, while two readers ask; then the
   * answer equals a direct count. Each write is one index of one writer's sequence: tiers split the sequence.
   */
  async function concurrentWritesAndReads(from: number, to: number) {
    const actors = await t.db.prisma.$queryRaw<{ id: string }[]>`SELECT id::text FROM actor ORDER BY id LIMIT 6`;
    const engagements = await t.db.prisma.$queryRaw<
      { id: string }[]
    >`SELECT id::text FROM engagement ORDER BY id DESC LIMIT 40`;
    const writer = async (w: number) => {
      for (let i = from; i < to; i++) {
        const engagement = engagements[(w * 13 + i) % engagements.length]!.id;
        const actor = actors[(w + i) % actors.length]!.id;
        // One statement a transaction: the tally triggers' locks deadlock writers of several statements.
        await inOwnTransaction(
          i % 3 === 0
            ? `DELETE FROM participant WHERE engagement_id = '${engagement}' AND actor_id = '${actor}'`
            : `INSERT INTO participant (id, engagement_id, actor_id) VALUES (gen_random_uuid(), '${engagement}', '${actor}')
              ON CONFLICT DO NOTHING`,
        );
      }
    };
    let writing = true;
    const reader = async () => {
      let answers = 0;
      while (writing) {
        await answer(byParticipant);
        answers++;
      }
      return answers;
    };
    const readers = [reader(), reader()];
    await Promise.all([0, 1, 2].map(writer));
    writing = false;
    expect((await Promise.all(readers)).every((n) => n > 0)).toBe(true);
    expect(await answer(byParticipant)).toEqual(await direct(byParticipant));
  }

  return { t, answer, direct, inOwnTransaction, concurrentWritesAndReads };
}
