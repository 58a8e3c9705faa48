// An actor's engagements by start date come from participant's copy of the engagement's start date
// (kept by triggers) and its timeline indexes: the copy must stay right, and the index-driven SQL must give
// exactly what the ranked window gives.
import type { Prisma } from "@accord/db";
import { toGlobalId } from "../src/common/global-id";
import { OrderDirection } from "../src/common/order-direction";
import { seekSql, type WindowPageQuery, windowSql } from "../src/common/window-connection";
import { actorEngagementIdsSql, actorEngagementsSpec } from "../src/engagements/engagement.nested";
import { EngagementOrderField, engagementOrderList } from "../src/engagements/engagement-order";
import { useTestServer } from "./support/test-server";
import { createTestTokens } from "./support/tokens";

const t = useTestServer();

const day = (text: string) => new Date(`${text}T00:00:00Z`);

/** Each participant's copy against its engagement's start date: [copy, engagement's], as ISO days. */
async function copies(engagementIds: string[]) {
  const rows = await t.db.prisma.$queryRaw<{ id: string; copy: string; actual: string }[]>`
    SELECT p.id::text, p.engagement_start_date::text AS copy, e.start_date::text AS actual
    FROM participant p JOIN engagement e ON e.id = p.engagement_id
    WHERE p.engagement_id = ANY(${engagementIds}::uuid[]) ORDER BY p.id`;
  return rows;
}

describe("participant.engagement_start_date", () => {
  let actors: string[];

  beforeAll(async () => {
    actors = [];
    for (const name of ["Timeline State", "Timeline Person", "Timeline Envoy"]) {
      const actor = await t.db.prisma.actor.create({ data: { kind: "PERSON", name } });
      actors.push(actor.id);
    }
  });

  const createEngagement = (title: string, startDate: string, participants: { actorId: string }[]) =>
    t.db.prisma.engagement.create({
      data: {
        kind: "BILATERAL_MEETING",
        title,
        startDate: day(startDate),
        spanEnd: day(startDate),
        participants: { create: participants },
      },
    });

  it("is the engagement's start date on insert, after the date changes and after a participant moves", async () => {
    const [state, person, envoy] = actors as [string, string, string];
    const first = await createEngagement("First", "2024-05-01", [{ actorId: person }, { actorId: envoy }]);
    const second = await createEngagement("Second", "2023-02-03", [{ actorId: state }]);
    const ids = [first.id, second.id];
    const check = async () => {
      const rows = await copies(ids);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.copy).toBe(row.actual);
      return rows;
    };
    expect((await check()).map((row) => row.copy).sort()).toEqual(["2023-02-03", "2024-05-01", "2024-05-01"]);

    await t.db.prisma.engagement.update({ where: { id: first.id }, data: { startDate: day("2019-12-31") } });
    expect((await check()).map((row) => row.copy).sort()).toEqual(["2019-12-31", "2019-12-31", "2023-02-03"]);

    // A participant moves to another engagement.
    const moving = await t.db.prisma.participant.findFirstOrThrow({
      where: { engagementId: first.id, actorId: envoy },
    });
    await t.db.prisma.participant.update({ where: { id: moving.id }, data: { engagementId: second.id } });
    const moved = await check();
    expect(moved.find((row) => row.id === moving.id)?.copy).toBe("2023-02-03");

    // Raw SQL too: a bulk date change, a hand-written copy (overwritten), a bulk insert.
    await t.db.prisma.$executeRaw`UPDATE engagement SET start_date = start_date + 1, span_end = span_end + 1
      WHERE id = ANY(${ids}::uuid[])`;
    await check();
    await t.db.prisma.$executeRaw`UPDATE participant SET engagement_start_date = DATE '1900-01-01'
      WHERE engagement_id = ANY(${ids}::uuid[])`;
    await check();
    await t.db.prisma.$executeRaw`INSERT INTO participant (id, engagement_id, actor_id)
      VALUES (gen_random_uuid(), ${first.id}::uuid, ${envoy}::uuid)`;
    expect((await check()).map((row) => row.copy).sort()).toEqual([
      "2020-01-01",
      "2020-01-01",
      "2023-02-04",
      "2023-02-04",
    ]);
  });

  it("keeps the foreign key's error for a participant of an engagement that does not exist", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    await expect(
      t.db.prisma.participant.create({ data: { engagementId: missing, actorId: actors[0]! } }),
    ).rejects.toMatchObject({ code: "P2003" });
    const error = await t.db.prisma.$executeRaw`INSERT INTO participant (id, engagement_id, actor_id)
      VALUES (gen_random_uuid(), ${missing}::uuid, ${actors[0]}::uuid)`.catch((e: unknown) => e);
    expect(error).toMatchObject({
      meta: { driverAdapterError: { cause: { constraint: { index: "participant_engagement_id_fkey" } } } },
    });
  });

  it("follows engagement writes through the API", async () => {
    const auth = await createTestTokens(t.db.prisma);
    const created = await t.gql<{ createEngagement: { id: string } }>(
      `mutation($input: CreateEngagementInput!) { createEngagement(input: $input) { id } }`,
      {
        input: {
          kind: "CALL",
          title: "Timeline call",
          start: "2022-07-01",
          participants: [{ actorId: toGlobalId("Actor", actors[1]!), representsId: toGlobalId("Actor", actors[0]!) }],
        },
      },
      auth.editor,
    );
    expect(created.errors).toBeUndefined();
    const id = Buffer.from(created.data!.createEngagement.id, "base64url").toString().split(":")[1]!;
    expect((await copies([id])).map((row) => row.copy)).toEqual(["2022-07-01"]);
    const updated = await t.gql(
      `mutation($input: UpdateEngagementInput!) { updateEngagement(input: $input) { id } }`,
      {
        input: {
          id: created.data!.createEngagement.id,
          version: 1,
          start: "2021-03-04",
          participants: [{ actorId: toGlobalId("Actor", actors[2]!) }, { actorId: toGlobalId("Actor", actors[1]!) }],
        },
      },
      auth.editor,
    );
    expect(updated.errors).toBeUndefined();
    expect((await copies([id])).map((row) => row.copy)).toEqual(["2021-03-04", "2021-03-04"]);
  });
});

describe("actorEngagementIdsSql and the seek pages", () => {
  const actorCount = 8;
  let actorIds: string[];

  // 80 engagements on 9 distinct days (many ties, broken by id), with 1–5 participants; every third
  // participant represents one of actors 1–3, so those take part directly, through representatives,
  // both in one engagement, and through several representatives of one engagement.
  beforeAll(async () => {
    const prisma = t.db.prisma;
    await prisma.$executeRawUnsafe(`
      INSERT INTO actor (id, kind, name, updated_at)
      SELECT md5('tl-a' || i)::uuid, 'STATE', 'Timeline actor ' || i, now() FROM generate_series(1, ${actorCount}) i`);
    await prisma.$executeRawUnsafe(`
      INSERT INTO engagement (id, kind, title, start_date, span_end, updated_at)
      SELECT md5('tl-e' || i)::uuid, 'CALL', 'Timeline engagement ' || i, d, d, now()
      FROM generate_series(1, 80) i, LATERAL (SELECT DATE '2020-01-01' + (i * 7 % 9) AS d) x`);
    await prisma.$executeRawUnsafe(`
      INSERT INTO participant (id, engagement_id, actor_id, represents_id, position)
      SELECT gen_random_uuid(), md5('tl-e' || i)::uuid, md5('tl-a' || ((i * 3 + k * 5) % ${actorCount} + 1))::uuid,
        CASE WHEN (i + k) % 3 = 0 THEN md5('tl-a' || (i % 3 + 1))::uuid END, k
      FROM generate_series(1, 80) i, generate_series(0, i % 5) k`);
    await prisma.$executeRawUnsafe("ANALYZE participant");
    const rows = await prisma.$queryRawUnsafe<{ id: string }[]>(
      `SELECT md5('tl-a' || i)::uuid::text AS id FROM generate_series(1, ${actorCount}) i ORDER BY i`,
    );
    actorIds = rows.map((row) => row.id);
  });

  type Direction = "DESC" | "ASC";
  const orderList = (direction: Direction) =>
    engagementOrderList({
      field: EngagementOrderField.START_DATE,
      direction: direction === "ASC" ? OrderDirection.ASC : OrderDirection.DESC,
    });

  /** The window spec's whole list of one actor, in its order. */
  async function windowList(actor: string, direction: Direction): Promise<string[]> {
    const query: WindowPageQuery = { parents: [actor], order: orderList(direction), size: 1000, backward: false };
    const rows = await t.db.prisma.$queryRaw<{ id: string; rn: number }[]>(windowSql(actorEngagementsSpec, query));
    return rows.sort((a, b) => a.rn - b.rn).map((row) => row.id);
  }

  async function idsSql(sql: string): Promise<string[]> {
    const rows = await t.db.prisma.$queryRawUnsafe<{ id: string; rn: bigint }[]>(
      `SELECT id::text, rn FROM (${sql}) x ORDER BY rn`,
    );
    expect(rows.map((row) => Number(row.rn))).toEqual(rows.map((_, i) => i + 1));
    return rows.map((row) => row.id);
  }

  it("covers direct participation, representation, both in one engagement, and repeated representatives", async () => {
    const [row] = await t.db.prisma.$queryRaw<{ both: number; repeated: number; tied: number }[]>`
      SELECT
        (SELECT count(*)::int FROM participant d JOIN participant r ON r.engagement_id = d.engagement_id
          AND r.represents_id = d.actor_id WHERE d.engagement_id IN (SELECT id FROM engagement WHERE title LIKE 'Timeline engagement %')) AS both,
        (SELECT count(*)::int FROM (SELECT engagement_id, represents_id FROM participant WHERE represents_id IS NOT NULL
          GROUP BY 1, 2 HAVING count(*) > 1) x) AS repeated,
        (SELECT count(*)::int FROM (SELECT start_date FROM engagement WHERE title LIKE 'Timeline engagement %'
          GROUP BY 1 HAVING count(*) > 1) x) AS tied`;
    expect(row!.both).toBeGreaterThan(0);
    expect(row!.repeated).toBeGreaterThan(0);
    expect(row!.tied).toBeGreaterThan(0);
  });

  it("returns the window spec's ids in the same order, for every actor, page size and direction", async () => {
    for (const actor of actorIds) {
      for (const direction of ["DESC", "ASC"] as const) {
        const all = await windowList(actor, direction);
        expect(all.length).toBeGreaterThan(0);
        for (const limit of [0, 1, 2, 5, 21, all.length, all.length + 1]) {
          expect(await idsSql(actorEngagementIdsSql(`'${actor}'::uuid`, limit, direction))).toEqual(
            all.slice(0, limit),
          );
        }
        // After an anchor: the rows that follow it in the list; none for an engagement not in the list.
        for (const [index, anchor] of all.entries()) {
          const after = await idsSql(actorEngagementIdsSql(`'${actor}'::uuid`, 4, direction, `'${anchor}'::uuid`));
          expect(after).toEqual(all.slice(index + 1, index + 5));
        }
        const stranger = await t.db.prisma.$queryRaw<{ id: string }[]>`
          SELECT id::text FROM engagement WHERE title LIKE 'Timeline engagement %'
            AND id <> ALL(${all}::uuid[]) LIMIT 1`;
        if (stranger[0]) {
          expect(
            await idsSql(actorEngagementIdsSql(`'${actor}'::uuid`, 4, direction, `'${stranger[0].id}'::uuid`)),
          ).toEqual([]);
        }
      }
    }
  });

  it("works correlated to an outer query, whatever the outer aliases are called", async () => {
    const expected = await Promise.all(actorIds.map((actor) => windowList(actor, "DESC")));
    const rows = await t.db.prisma.$queryRawUnsafe<{ actor: string; id: string }[]>(
      `SELECT p.id::text AS actor, u.id::text AS id
       FROM actor p CROSS JOIN LATERAL (${actorEngagementIdsSql("p.id", 3, "DESC")}) u
       WHERE p.id = ANY($1::uuid[]) ORDER BY p.name, u.rn`,
      actorIds,
    );
    expect(actorIds.map((actor) => rows.filter((row) => row.actor === actor).map((row) => row.id))).toEqual(
      expected.map((list) => list.slice(0, 3)),
    );
  });

  it("gives the loader the same pages as the ranked window, forward and backward around every cursor", async () => {
    const rowsOf = async (sql: Prisma.Sql) =>
      (await t.db.prisma.$queryRaw<{ id: string; parent: string; rn: number }[]>(sql))
        .sort((a, b) => a.parent.localeCompare(b.parent) || a.rn - b.rn)
        .map((row) => `${row.parent}:${row.id}`);
    for (const direction of ["DESC", "ASC"] as const) {
      const seek = actorEngagementsSpec.seek!({
        orderBy: {
          field: EngagementOrderField.START_DATE,
          direction: direction === "ASC" ? OrderDirection.ASC : OrderDirection.DESC,
        },
      } as never);
      expect(seek).not.toBeNull();
      const cursors = [undefined, ...(await windowList(actorIds[0]!, direction))];
      for (const size of [1, 3]) {
        for (const backward of [false, true]) {
          for (const cursor of cursors) {
            const query: WindowPageQuery = { parents: actorIds, order: orderList(direction), size, backward, cursor };
            expect(await rowsOf(seekSql(seek!, query))).toEqual(await rowsOf(windowSql(actorEngagementsSpec, query)));
          }
        }
      }
    }
    expect(actorEngagementsSpec.seek!({ orderBy: { field: "TITLE", direction: "asc" } } as never)).toBeNull();
  });
});
