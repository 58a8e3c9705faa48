import { toGlobalId } from "../src/common/global-id";
import { createReadsFixture, type ReadsFixture } from "./support/reads-fixture";
import { useTestServer } from "./support/test-server";

const t = useTestServer();
let f: ReadsFixture;

beforeAll(async () => {
  f = await createReadsFixture(t.db.prisma);
});

type Names = { actors: { totalCount: number; edges: { node: { name: string } }[] } };

async function names(filter: Record<string, unknown>, orderBy?: Record<string, unknown>): Promise<string[]> {
  const result = await t.gql<Names>(
    `query($filter: ActorFilter, $orderBy: ActorOrder) {
      actors(filter: $filter, orderBy: $orderBy, first: 100) { totalCount edges { node { name } } }
    }`,
    { filter, orderBy },
  );
  expect(result.errors).toBeUndefined();
  expect(result.data!.actors.totalCount).toBe(result.data!.actors.edges.length);
  return result.data!.actors.edges.map((edge) => edge.node.name);
}

describe("actors(filter)", () => {
  it("matches names and aliases by word prefix, ignoring case and accents", async () => {
    expect(await names({ name: "south korea" })).toEqual(["Republic of Korea"]);
    expect(await names({ name: "KOREA" })).toEqual(["North Korea", "Republic of Korea"]);
    expect(await names({ name: "nat" })).toEqual(["North Atlantic Treaty Organization"]);
    expect(await names({ name: "atlant" })).toEqual(["North Atlantic Council", "North Atlantic Treaty Organization"]);
    expect(await names({ name: "traite" })).toEqual(["North Atlantic Treaty Organization"]);
    expect(await names({ name: "Traité de l'Atlantique" })).toEqual(["North Atlantic Treaty Organization"]);
    expect(await names({ name: "nobody here" })).toEqual([]);
  });

  it("filters by kind and identifier, and sorts", async () => {
    expect(await names({ kind: "PERSON" })).toEqual(["Cho Tae-yul", "Mark Rutte", "Park Jin", "Volodymyr Zelenskyy"]);
    expect(await names({ kind: ["STATE"], name: "korea" }, { field: "NAME", direction: "DESC" })).toEqual([
      "Republic of Korea",
      "North Korea",
    ]);
    expect(await names({ identifier: { scheme: "wikidata", value: "Q884" } })).toEqual(["Republic of Korea"]);
    expect(await names({ identifier: { scheme: "wikidata", value: "KR" } })).toEqual([]);
    expect(await names({ parent: toGlobalId("Actor", f.actors.nato!) })).toEqual(["North Atlantic Council"]);
  });

  it("rejects a filter with no words", async () => {
    const result = await t.gql(`{ actors(filter: { name: " –– " }) { totalCount } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.name" });
  });
});

describe("actor fields", () => {
  it("gives aliases, identifiers, bodies, engagements (direct and represented) and tenures", async () => {
    const result = await t.gql<{ actors: { edges: { node: unknown }[] } }>(`{
      actors(filter: { kind: [STATE, INTERNATIONAL_ORGANIZATION], name: "rok nato" }) { edges { node { name } } }
      rok: node(id: "${toGlobalId("Actor", f.actors.rok!)}") { ... on Actor {
        name kind aliases { name language validFrom } identifiers { scheme value }
        engagements(first: 2) { totalCount edges { node { title } } pageInfo { hasNextPage } }
        older: engagements(first: 5, orderBy: { field: START_DATE, direction: ASC }) { edges { node { title } } }
      } }
      nato: node(id: "${toGlobalId("Actor", f.actors.nato!)}") { ... on Actor {
        bodies { edges { node { name parent { name } } } }
        engagements { totalCount }
      } }
      cho: node(id: "${toGlobalId("Actor", f.actors.cho!)}") { ... on Actor {
        tenures { edges { node { startDate endDate endPrecision office { name jurisdiction { name } } holder { name } } } }
      } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      actors: { edges: [] },
      rok: {
        name: "Republic of Korea",
        kind: "STATE",
        aliases: [
          { name: "Korea", language: "en", validFrom: null },
          { name: "ROK", language: null, validFrom: null },
          { name: "South Korea", language: "en", validFrom: null },
          { name: "대한민국", language: "ko", validFrom: null },
        ],
        identifiers: [
          { scheme: "iso3166-1-alpha2", value: "KR" },
          { scheme: "iso3166-1-alpha3", value: "KOR" },
          { scheme: "wikidata", value: "Q884" },
        ],
        engagements: {
          totalCount: 3,
          edges: [
            { node: { title: "Cho Tae-yul – Mark Rutte meeting" } },
            { node: { title: "NATO Foreign Ministers' Meeting" } },
          ],
          pageInfo: { hasNextPage: true },
        },
        older: {
          edges: [
            {
              node: { title: "ROK briefing to the North Atlantic Council on Russia–North Korea military cooperation" },
            },
            { node: { title: "NATO Foreign Ministers' Meeting" } },
            { node: { title: "Cho Tae-yul – Mark Rutte meeting" } },
          ],
        },
      },
      nato: {
        bodies: {
          edges: [{ node: { name: "North Atlantic Council", parent: { name: "North Atlantic Treaty Organization" } } }],
        },
        engagements: { totalCount: 3 },
      },
      cho: {
        tenures: {
          edges: [
            {
              node: {
                startDate: "2024-01-11",
                endDate: "2025-06-01",
                endPrecision: "MONTH",
                office: { name: "Minister of Foreign Affairs", jurisdiction: { name: "Republic of Korea" } },
                holder: { name: "Cho Tae-yul" },
              },
            },
          ],
        },
      },
    });
  });
});

describe("officeHolders", () => {
  const holders = async (office: string, on: string, jurisdiction?: string) => {
    const result = await t.gql<{ officeHolders: { holder: { name: string }; office: { name: string } }[] }>(
      `query($office: String!, $on: Date!, $jurisdiction: ID) {
        officeHolders(office: $office, on: $on, jurisdiction: $jurisdiction) { holder { name } office { name } }
      }`,
      { office, on, jurisdiction },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.officeHolders.map((tenure) => `${tenure.office.name}: ${tenure.holder.name}`);
  };

  it("answers who was the ROK Foreign Minister on 2025-04-02", async () => {
    const rok = toGlobalId("Actor", f.actors.rok!);
    expect(await holders("Foreign Minister", "2025-04-02", rok)).toEqual(["Minister of Foreign Affairs: Cho Tae-yul"]);
    expect(await holders("minister of foreign affairs", "2025-04-02")).toEqual([
      "Minister of Foreign Affairs: Cho Tae-yul",
    ]);
  });

  it("respects the ends of tenures and their precision", async () => {
    expect(await holders("Minister of Foreign Affairs", "2024-01-10")).toEqual([
      "Minister of Foreign Affairs: Park Jin",
    ]);
    expect(await holders("Minister of Foreign Affairs", "2024-01-11")).toEqual([
      "Minister of Foreign Affairs: Cho Tae-yul",
    ]);
    // The end is known to the month (June 2025): the whole month counts, July does not.
    expect(await holders("Minister of Foreign Affairs", "2025-06-30")).toEqual([
      "Minister of Foreign Affairs: Cho Tae-yul",
    ]);
    expect(await holders("Minister of Foreign Affairs", "2025-07-01")).toEqual([]);
    expect(await holders("Secretary General", "2024-09-30")).toEqual([]);
    expect(await holders("Secretary General", "2030-01-01")).toEqual(["Secretary General: Mark Rutte"]);
    expect(await holders("Foreign Minister", "2025-04-02", toGlobalId("Actor", f.actors.nato!))).toEqual([]);
  });
});

describe("topics", () => {
  it("lists the tree in path order, and sub-topics of a topic", async () => {
    const result = await t.gql<{ all: unknown; under: unknown }>(`{
      all: topics(first: 3) { totalCount edges { node { slug children { slug } } } pageInfo { hasNextPage } }
      under: topics(filter: { under: "${toGlobalId("Topic", f.topics.security!)}" }, orderBy: { field: NAME, direction: DESC }) {
        edges { node { name parent { slug } } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      all: {
        totalCount: 7,
        edges: [
          {
            node: { slug: "cooperation", children: [{ slug: "nato-partnerships" }, { slug: "rok-nato-cooperation" }] },
          },
          { node: { slug: "nato-partnerships", children: [] } },
          { node: { slug: "rok-nato-cooperation", children: [] } },
        ],
        pageInfo: { hasNextPage: true },
      },
      under: {
        edges: [
          { node: { name: "Security", parent: null } },
          { node: { name: "Russia–North Korea military cooperation", parent: { slug: "security" } } },
          { node: { name: "Global security situation", parent: { slug: "security" } } },
        ],
      },
    });
  });
});
