import { toGlobalId } from "../src/common/global-id";
import { generatedUuid, generateEngagements } from "./support/generate-engagements";
import { seedActorId } from "./support/seed-ids";
import { counterpartTallyDrift } from "./support/tally-check";
import { useTestServer } from "./support/test-server";

const t = useTestServer({ seed: true });

const seedActor = (key: string) => seedActorId(t.db.prisma, key);
const rawId = (globalId: string) => Buffer.from(globalId, "base64url").toString("utf8").split(":")[1]!;

type Edge = {
  cursor: string;
  node: {
    actor: { id: string; name: string };
    count: number;
    firstDate: string;
    lastDate: string;
    engagements: { totalCount: number; edges: { node: { id: string } }[] };
  };
};
type Page = { totalCount: number; edges: Edge[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

const query = `query($actor: ID!, $representing: ID, $kinds: [ActorKind!], $filter: EngagementFilter, $first: Int, $after: String) {
  counterparts(actor: $actor, representing: $representing, kinds: $kinds, filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { actor { id name } count firstDate firstPrecision lastDate lastPrecision
      engagements(first: 100) { totalCount edges { node { id } } } } } } }`;

async function page(variables: Record<string, unknown>): Promise<Page> {
  const result = await t.gql<{ counterparts: Page }>(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.counterparts;
}

/** Every counterpart, page by page. */
async function all(variables: Record<string, unknown>, first: number): Promise<{ edges: Edge[]; totalCount: number }> {
  const edges: Edge[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    const current = await page({ ...variables, first, after });
    edges.push(...current.edges);
    totalCount = current.totalCount;
    if (!current.pageInfo.hasNextPage) return { edges, totalCount };
    after = current.pageInfo.endCursor;
  }
}

describe("counterparts on the seed", () => {
  it("counts the ROK–NATO dyad through their representatives: 3 meetings, 2024 to 2025", async () => {
    const { edges } = await page({ actor: await seedActor("rok"), kinds: ["INTERNATIONAL_ORGANIZATION"] });
    const natoId = await seedActor("nato");
    const nato = edges.find((edge) => edge.node.actor.id === natoId)!;
    expect(nato.node).toMatchObject({ count: 3, engagements: { totalCount: 3 } });
    expect(nato.node.firstDate.slice(0, 4)).toBe("2024");
    expect(nato.node.lastDate.slice(0, 4)).toBe("2025");
  });

  it("never lists the actor itself nor the state it represents", async () => {
    const rok = await seedActor("rok");
    const { edges } = await all({ actor: rok }, 100);
    expect(edges.map((edge) => edge.node.actor.id)).not.toContain(rok);
    for (const edge of edges) expect(edge.node.count).toBe(edge.node.engagements.totalCount);
  });

  it("names the argument at fault", async () => {
    const result = await t.gql(query, { actor: "nonsense" });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "actor" });
    const cursor = await t.gql(query, { actor: await seedActor("rok"), after: "bm9wZQ" });
    expect(cursor.errors?.[0]?.message).toBe('after: "bm9wZQ" is not a counterpart cursor');
  });
});

describe("counterparts on generated data", () => {
  beforeAll(() => generateEngagements(t.db.prisma, { actors: 200, engagements: 1200 }));

  /**
   * The ranking worked out in JavaScript from participant rows: per engagement of the actor, every other
   * row's actor and represented actor, minus the actor's own side.
   */
  async function expected(actorId: string, kinds?: string[], representing?: string, range?: Range) {
    const rows = (
      await t.db.prisma.participant.findMany({
        where: { engagement: { participants: { some: { OR: [{ actorId }, { representsId: actorId }] } } } },
        include: { engagement: { select: { startDate: true, spanEnd: true } } },
      })
    ).filter((row) => !range || meets(row.engagement.startDate, row.engagement.spanEnd, range));
    const actorKinds = new Map((await t.db.prisma.actor.findMany()).map((a) => [a.id, a.kind as string]));
    const byEngagement = new Map<string, typeof rows>();
    for (const row of rows) byEngagement.set(row.engagementId, [...(byEngagement.get(row.engagementId) ?? []), row]);
    const counts = new Map<string, { count: number; first: number; last: number; engagements: string[] }>();
    for (const [engagementId, participants] of byEngagement) {
      // With `representing`, the own side is the actor's row representing that actor; engagements without one are not counted.
      const own = participants.filter((p) =>
        representing
          ? p.actorId === actorId && p.representsId === representing
          : p.actorId === actorId || p.representsId === actorId,
      );
      if (!own.length) continue;
      const ownSide = new Set([actorId, ...own.flatMap((p) => [p.actorId, p.representsId ?? ""])]);
      const met = new Set(
        participants
          .filter((p) => !own.includes(p))
          .flatMap((p) => [p.actorId, p.representsId])
          .filter((id): id is string => !!id && !ownSide.has(id) && (!kinds || kinds.includes(actorKinds.get(id)!))),
      );
      const day = participants[0]!.engagement.startDate.getTime();
      for (const id of met) {
        const c = counts.get(id) ?? { count: 0, first: day, last: day, engagements: [] };
        counts.set(id, {
          count: c.count + 1,
          first: Math.min(c.first, day),
          last: Math.max(c.last, day),
          engagements: [...c.engagements, engagementId].sort(),
        });
      }
    }
    return [...counts.entries()]
      .sort(([a, x], [b, y]) => y.count - x.count || (a < b ? -1 : 1))
      .map(([id, c]) => ({
        actor: id,
        count: c.count,
        firstDate: new Date(c.first).toISOString().slice(0, 10),
        lastDate: new Date(c.last).toISOString().slice(0, 10),
        engagements: c.engagements,
      }));
  }

  type Range = { from?: string; to?: string; match?: "WITHIN" };
  const day = (text: string) => new Date(`${text}T00:00:00Z`);
  /** The date filter's rule: OVERLAPS keeps an engagement some day of which is in the range, WITHIN one all of whose days are. */
  function meets(first: Date, last: Date, { from, to, match }: Range): boolean {
    if (match === "WITHIN") return (!from || first >= day(from)) && (!to || last <= day(to));
    return (!from || last >= day(from)) && (!to || first <= day(to));
  }

  const shaped = (edges: Edge[]) =>
    edges.map(({ node }) => ({
      actor: rawId(node.actor.id),
      count: node.count,
      firstDate: node.firstDate,
      lastDate: node.lastDate,
      engagements: node.engagements.edges.map((edge) => rawId(edge.node.id)).sort(),
    }));

  it("equals counting every engagement's participants, paged 4 at a time, for a state and for a person", async () => {
    for (const n of [2, 150]) {
      const actorId = await generatedUuid(t.db.prisma, "a", n);
      const { edges, totalCount } = await all({ actor: toGlobalId("Actor", actorId) }, 4);
      const want = await expected(actorId);
      expect(want.length).toBeGreaterThan(4);
      expect(shaped(edges)).toEqual(want);
      expect(totalCount).toBe(want.length);
    }
    expect(await counterpartTallyDrift(t.db.prisma)).toEqual([]);
  });

  it("with representing:, counts only the engagements in which the actor represented that state", async () => {
    const [row] = await t.db.prisma.$queryRaw<{ actor: string; state: string }[]>`
      SELECT p.actor_id::text AS actor, p.represents_id::text AS state
        FROM participant p JOIN actor a ON a.id = p.actor_id AND a.kind = 'PERSON'
       WHERE p.represents_id IS NOT NULL GROUP BY 1, 2 ORDER BY count(*) DESC, 1 LIMIT 1`;
    const { actor, state } = row!;
    // The same person in an engagement of their own, representing nobody: counted without representing: only.
    const other = await t.db.prisma.actor.create({ data: { kind: "PERSON", name: "Unaffiliated Envoy" } });
    await t.db.prisma.engagement.create({
      data: {
        kind: "CALL",
        title: "A private call",
        startDate: new Date("2021-02-03"),
        spanEnd: new Date("2021-02-03"),
        participants: {
          create: [
            { actorId: actor, position: 0 },
            { actorId: other.id, position: 1 },
          ],
        },
      },
    });
    const args = { actor: toGlobalId("Actor", actor), representing: toGlobalId("Actor", state) };
    const { edges, totalCount } = await all(args, 1);
    const want = await expected(actor, undefined, state);
    expect(want.length).toBeGreaterThan(1);
    expect(shaped(edges)).toEqual(want);
    expect(totalCount).toBe(want.length);
    // The state represented is never its own representative's counterpart; the envoy met unofficially is not either.
    expect(want.map((c) => c.actor)).not.toContain(state);
    expect(want.map((c) => c.actor)).not.toContain(other.id);
    expect((await expected(actor)).map((c) => c.actor)).toContain(other.id);
  });

  it("with a date filter, counts the engagements the range keeps, one starting before it and ending in it included", async () => {
    const actorId = await generatedUuid(t.db.prisma, "a", 2);
    // An engagement of the actor over several days: `from` on its last day keeps it under OVERLAPS only.
    const [straddler] = await t.db.prisma.$queryRaw<{ id: string; from: string }[]>`
      SELECT e.id::text AS id, e.span_end::text AS from FROM engagement e
       WHERE e.span_end > e.start_date AND e.start_date BETWEEN DATE '2008-01-01' AND DATE '2016-01-01'
         AND e.id IN (SELECT engagement_id FROM participant WHERE actor_id = ${actorId}::uuid OR represents_id = ${actorId}::uuid)
       ORDER BY e.start_date LIMIT 1`;
    const { id, from } = straddler!;
    const ranges: Range[] = [{ from }, { from, match: "WITHIN" }, { from: "2005-01-01", to: from }];
    for (const range of ranges) {
      const { edges, totalCount } = await all({ actor: toGlobalId("Actor", actorId), filter: { date: range } }, 4);
      const want = await expected(actorId, undefined, undefined, range);
      expect(want.length).toBeGreaterThan(4);
      expect(want.some((c) => c.engagements.includes(id))).toBe(range.match !== "WITHIN");
      expect([range, shaped(edges)]).toEqual([range, want]);
      expect(totalCount).toBe(want.length);
    }
  });

  it("keeps only counterparts of the kinds asked for", async () => {
    const actorId = await generatedUuid(t.db.prisma, "a", 3);
    const { edges } = await all({ actor: toGlobalId("Actor", actorId), kinds: ["STATE"] }, 100);
    expect(shaped(edges)).toEqual(await expected(actorId, ["STATE"]));
  });
});
