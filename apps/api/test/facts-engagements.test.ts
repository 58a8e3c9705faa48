import { useTestServer } from "./support/test-server";
import { walkConnection } from "./support/walk-connection";

const t = useTestServer({ seed: true });

const rutteMeeting = "Cho Tae-yul – Mark Rutte meeting";
const briefing = "ROK briefing to the North Atlantic Council on Russia–North Korea military cooperation";
const ministers = "NATO Foreign Ministers' Meeting";

async function actorId(name: string): Promise<string> {
  const result = await t.gql<{ actors: { edges: { node: { id: string; name: string } }[] } }>(
    `query($name: String!) { actors(filter: { name: $name }) { edges { node { id name } } } }`,
    { name },
  );
  const found = result.data!.actors.edges.find((edge) => edge.node.name === name);
  if (!found) throw new Error(`no actor named ${name}`);
  return found.node.id;
}

describe("the seed article through the read API (FACTS.md)", () => {
  it('search("South Korea") ranks the Republic of Korea first', async () => {
    const result = await t.gql<{ search: { edges: { node: { __typename: string; name?: string } }[] } }>(
      `{ search(query: "South Korea", first: 5) { edges { node { __typename ... on Actor { name } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.search.edges[0]!.node).toEqual({ __typename: "Actor", name: "Republic of Korea" });
  });

  it("search finds statements and commitments too, tagged by __typename", async () => {
    const result = await t.gql<{ a: unknown; b: unknown }>(`{
      a: search(query: "South Korea", first: 2) { edges { node { __typename ... on Actor { name } ... on Statement { gist } } } }
      b: search(query: "400 million") { totalCount edges { node { __typename ... on Commitment { description } ... on Statement { gist } } } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      a: {
        edges: [
          { node: { __typename: "Actor", name: "Republic of Korea" } },
          { node: { __typename: "Statement", gist: "Deep appreciation for South Korea's support for Ukraine." } },
        ],
      },
      b: {
        totalCount: 2,
        edges: [
          { node: { __typename: "Commitment", description: "Assistance to Ukraine in 2024" } },
          {
            node: {
              __typename: "Statement",
              gist: "A USD 2 billion medium- and long-term package for Ukraine's reconstruction, following last year's USD 400 million.",
            },
          },
        ],
      },
    });
  });

  it('search("NATO") ranks the organisation above the meetings that name it', async () => {
    const result = await t.gql<{ search: { edges: { node: { __typename: string; name?: string } }[] } }>(
      `{ search(query: "NATO", first: 2) { edges { node { __typename ... on Actor { name } } } } }`,
    );
    expect(result.data!.search.edges[0]!.node).toEqual({
      __typename: "Actor",
      name: "North Atlantic Treaty Organization",
    });
  });

  it("engagements with both ROK and NATO include the 2025-04-02 meeting and the 2024 briefing", async () => {
    const [rok, nato] = await Promise.all([
      actorId("Republic of Korea"),
      actorId("North Atlantic Treaty Organization"),
    ]);
    const result = await t.gql<{ engagements: { edges: { node: unknown }[] } }>(
      `query($ids: [ID!]) { engagements(filter: { participants: { allOf: $ids } }) {
        edges { node { title startDate startPrecision participants { actor { name } represents { name } } } }
      } }`,
      { ids: [rok, nato] },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.engagements.edges.map((edge) => edge.node)).toEqual([
      {
        title: rutteMeeting,
        startDate: "2025-04-02",
        startPrecision: "DAY",
        participants: [
          { actor: { name: "Cho Tae-yul" }, represents: { name: "Republic of Korea" } },
          { actor: { name: "Mark Rutte" }, represents: { name: "North Atlantic Treaty Organization" } },
        ],
      },
      {
        title: ministers,
        startDate: "2025-04-01",
        startPrecision: "MONTH",
        participants: [
          { actor: { name: "North Atlantic Treaty Organization" }, represents: null },
          { actor: { name: "Cho Tae-yul" }, represents: { name: "Republic of Korea" } },
        ],
      },
      {
        title: briefing,
        startDate: "2024-01-01",
        startPrecision: "YEAR",
        participants: [
          { actor: { name: "Republic of Korea" }, represents: null },
          { actor: { name: "North Atlantic Council" }, represents: { name: "North Atlantic Treaty Organization" } },
          { actor: { name: "North Atlantic Treaty Organization" }, represents: null },
        ],
      },
    ]);
  });

  it("the 2024 briefing (year precision) overlaps June 2024", async () => {
    const result = await t.gql<{ engagements: { edges: { node: { title: string } }[] } }>(
      `{ engagements(filter: { date: { from: "2024-06-01", to: "2024-06-30" } }) { edges { node { title } } } }`,
    );
    expect(result.data!.engagements.edges.map((edge) => edge.node.title)).toEqual([briefing]);
  });

  it("the ROK Foreign Minister on 2025-04-02 was Cho Tae-yul", async () => {
    const rok = await actorId("Republic of Korea");
    const result = await t.gql<{ officeHolders: unknown[] }>(
      `query($rok: ID) { officeHolders(office: "Foreign Minister", jurisdiction: $rok, on: "2025-04-02") {
        holder { name } office { name jurisdiction { name } }
      } }`,
      { rok },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.officeHolders).toEqual([
      {
        holder: { name: "Cho Tae-yul" },
        office: { name: "Minister of Foreign Affairs", jurisdiction: { name: "Republic of Korea" } },
      },
    ]);
  });

  it("walks every engagement once forward with first: 1, back with last: 1, and refetches each by node(id)", async () => {
    const query = `query($first: Int, $after: String, $last: Int, $before: String) {
      engagements(first: $first, after: $after, last: $last, before: $before) {
        edges { node { id title } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }`;
    type Node = { id: string; title: string };
    const forward = await walkConnection<Node>(t, { query, field: "engagements", direction: "forward", size: 1 });
    expect(forward.map((node) => node.title)).toEqual([rutteMeeting, ministers, briefing]);
    const backward = await walkConnection<Node>(t, { query, field: "engagements", direction: "backward", size: 1 });
    expect(backward).toEqual(forward);
    const refetched = await t.gql<{ nodes: unknown[] }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Engagement { title participants { id } } } }`,
      { ids: forward.map((node) => node.id) },
    );
    const nodes = refetched.data!.nodes as { id: string; title: string; participants: { id: string }[] }[];
    expect(nodes.map(({ id, title }) => ({ id, title }))).toEqual(forward);
    const participantIds = nodes.flatMap((node) => node.participants.map((participant) => participant.id));
    const participants = await t.gql<{ nodes: { id: string; __typename: string }[] }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }`,
      { ids: participantIds },
    );
    expect(participants.data!.nodes).toEqual(participantIds.map((id) => ({ id, __typename: "Participant" })));
  });
});
