import { toGlobalId } from "../src/common/global-id";
import { createReadsFixture, type ReadsFixture } from "./support/reads-fixture";
import { useTestServer } from "./support/test-server";
import { walkConnection } from "./support/walk-connection";

const t = useTestServer();
let f: ReadsFixture;

beforeAll(async () => {
  f = await createReadsFixture(t.db.prisma);
});

type Titles = { engagements: { totalCount: number; edges: { node: { title: string } }[] } };

const titlesQuery = `query($filter: EngagementFilter, $orderBy: EngagementOrder) {
  engagements(filter: $filter, orderBy: $orderBy, first: 100) { totalCount edges { node { title } } }
}`;

async function titles(filter: Record<string, unknown>, orderBy?: Record<string, unknown>): Promise<string[]> {
  const result = await t.gql<Titles>(titlesQuery, { filter, orderBy });
  expect(result.errors).toBeUndefined();
  const { edges, totalCount } = result.data!.engagements;
  expect(totalCount).toBe(edges.length);
  return edges.map((edge) => edge.node.title);
}

const actor = (key: string) => toGlobalId("Actor", f.actors[key]!);
const rutteMeeting = "Cho Tae-yul – Mark Rutte meeting";
const briefing = "ROK briefing to the North Atlantic Council on Russia–North Korea military cooperation";
const ministers = "NATO Foreign Ministers' Meeting";
const call = "Call between the Ukrainian president and the NATO Secretary General";
const planned = "Planned Korea–Ukraine reconstruction talks";

describe("engagements(filter)", () => {
  it("finds those where ROK and NATO both take part, directly or represented (allOf)", async () => {
    // ROK through Cho in 1 and 2, directly in 3; NATO directly in 1, through Rutte in 2, through its body NAC: not counted.
    expect(await titles({ participants: { allOf: [actor("rok"), actor("nato")] } })).toEqual([rutteMeeting, ministers]);
    expect(await titles({ participants: { allOf: [actor("rok"), actor("nac")] } })).toEqual([briefing]);
  });

  it("finds those where any of the actors takes part (anyOf), newest first", async () => {
    expect(await titles({ participants: { anyOf: [actor("rok"), actor("ukraine")] } })).toEqual([
      planned,
      rutteMeeting,
      ministers,
      call,
      briefing,
    ]);
  });

  it("treats partial dates as ranges when filtering on overlap", async () => {
    // The 2024 briefing (YEAR precision) overlaps June 2024; the July call does not.
    expect(await titles({ date: { from: "2024-06-01", to: "2024-06-30" } })).toEqual([briefing]);
    // April 2025 (MONTH) overlaps the second half of April; the 2025-04-02 meeting does not.
    expect(await titles({ date: { from: "2025-04-10", to: "2025-04-30" } })).toEqual([ministers]);
    expect(await titles({ date: { from: "2025-04-02" } })).toEqual([planned, rutteMeeting, ministers]);
    expect(await titles({ date: { to: "2024-01-01" } })).toEqual([briefing]);
  });

  it("filters by kind, status, country, parent, topic with sub-topics, and text", async () => {
    expect(await titles({ kind: ["BILATERAL_MEETING", "CALL"], status: ["HELD"] })).toEqual([rutteMeeting, call]);
    expect(await titles({ status: "PLANNED" })).toEqual([planned]);
    expect(await titles({ country: actor("belgium") })).toEqual([rutteMeeting, ministers]);
    expect(await titles({ parent: toGlobalId("Engagement", f.engagements.e1!) })).toEqual([rutteMeeting]);
    expect(await titles({ topic: toGlobalId("Topic", f.topics.security!) })).toEqual([rutteMeeting, briefing]);
    expect(await titles({ topicSlug: "russia-dprk-military-cooperation" })).toEqual([rutteMeeting, briefing]);
    expect(await titles({ text: "north kor" })).toEqual([briefing]);
    expect(await titles({ text: "MEETING" })).toEqual([rutteMeeting, ministers]);
  });

  it("sorts by title both ways, ties broken by ID", async () => {
    const ascending = await titles({}, { field: "TITLE", direction: "ASC" });
    expect(ascending).toEqual([call, rutteMeeting, ministers, planned, briefing]);
    expect(await titles({}, { field: "TITLE", direction: "DESC" })).toEqual([...ascending].reverse());
  });

  it("rejects an ID of the wrong type, naming the field", async () => {
    const result = await t.gql(titlesQuery, { filter: { participants: { anyOf: [actor("rok"), f.engagements.e1] } } });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toContain("filter.participants.anyOf[1]");
  });

  it("walks a filtered result forward and back one at a time", async () => {
    const query = `query($after: String, $before: String, $first: Int, $last: Int) {
      engagements(filter: { participants: { anyOf: ["${actor("rok")}"] } }, first: $first, after: $after, last: $last, before: $before) {
        edges { node { title } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }`;
    const titles = async (direction: "forward" | "backward") =>
      (await walkConnection<{ title: string }>(t, { query, field: "engagements", direction, size: 1 })).map(
        (node) => node.title,
      );
    const forward = await titles("forward");
    expect(forward).toEqual([rutteMeeting, ministers, briefing]);
    expect(await titles("backward")).toEqual(forward);
  });
});

describe("engagement fields", () => {
  it("bounds participants per engagement and counts them all", async () => {
    const result = await t.gql<{ engagements: { edges: { node: unknown }[] } }>(`{
      engagements(filter: { participants: { allOf: ["${actor("rok")}", "${actor("nato")}"] } }) {
        edges { node { title participantCount participants(first: 1) { actor { name } } } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.engagements.edges.map((edge) => edge.node)).toEqual([
      { title: rutteMeeting, participantCount: 2, participants: [{ actor: { name: "Cho Tae-yul" } }] },
      {
        title: ministers,
        participantCount: 2,
        participants: [{ actor: { name: "North Atlantic Treaty Organization" } }],
      },
    ]);
    const tooMany = await t.gql(`{ engagements(first: 1) { edges { node { participants(first: 501) { role } } } } }`);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });

  it("follows parent, side engagements, topics, country and participants", async () => {
    const result = await t.gql<{ node: unknown }>(
      `query($id: ID!) { node(id: $id) { ... on Engagement {
        title startDate spanEnd startPrecision
        country { name }
        sideEngagements { totalCount edges { node { title parent { title } topics { slug path parent { slug } } participants { role actor { name } represents { name } } } } }
      } } }`,
      { id: toGlobalId("Engagement", f.engagements.e1!) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.node).toEqual({
      title: ministers,
      startDate: "2025-04-01",
      spanEnd: "2025-04-30",
      startPrecision: "MONTH",
      country: { name: "Belgium" },
      sideEngagements: {
        totalCount: 1,
        edges: [
          {
            node: {
              title: rutteMeeting,
              parent: { title: ministers },
              topics: [
                {
                  slug: "rok-nato-cooperation",
                  path: "cooperation/rok-nato-cooperation",
                  parent: { slug: "cooperation" },
                },
                {
                  slug: "global-security-situation",
                  path: "security/global-security-situation",
                  parent: { slug: "security" },
                },
                {
                  slug: "russia-dprk-military-cooperation",
                  path: "security/russia-dprk-military-cooperation",
                  parent: { slug: "security" },
                },
              ],
              participants: [
                { role: "VISITOR", actor: { name: "Cho Tae-yul" }, represents: { name: "Republic of Korea" } },
                {
                  role: "HOST",
                  actor: { name: "Mark Rutte" },
                  represents: { name: "North Atlantic Treaty Organization" },
                },
              ],
            },
          },
        ],
      },
    });
  });
});
