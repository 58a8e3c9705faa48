import { createAccordClient } from "../src";
import { useTestServer } from "./support/server";

// The questions of shared/seed/FACTS.md, answered through the SDK's operations.
const t = useTestServer({ seed: true });
let accord: ReturnType<typeof createAccordClient>;

beforeAll(async () => {
  accord = createAccordClient({ url: t.url });
});

async function actorId(name: string): Promise<string> {
  const { actors } = await accord.actors({ filter: { name }, first: 5 });
  const actor = actors.edges.find((e) => e.node.name === name);
  if (!actor) throw new Error(`no actor named ${name}`);
  return actor.node.id;
}

describe("the seed article's questions through the SDK", () => {
  it("search: 'South Korea' finds the Republic of Korea first", async () => {
    const { search } = await accord.search({ query: "South Korea", first: 5 });
    const first = search.edges[0]?.node;
    expect(first?.__typename === "Actor" ? [first.__typename, first.name, first.kind] : first).toEqual([
      "Actor",
      "Republic of Korea",
      "STATE",
    ]);
  });

  it("actors: a prefix of an alias finds the actor with its identifiers", async () => {
    const { actors } = await accord.actors({ filter: { name: "south kor" } });
    expect(actors.edges.map((e) => [e.node.name, e.node.identifiers.map((i) => `${i.scheme}:${i.value}`)])).toEqual([
      ["Republic of Korea", ["accord-seed:actor:rok", "iso3166-1-alpha2:KR", "iso3166-1-alpha3:KOR", "wikidata:Q884"]],
    ]);
  });

  it("engagementsOfActor: the engagements with both ROK and NATO include the meeting and the briefing", async () => {
    const actors = [await actorId("Republic of Korea"), await actorId("North Atlantic Treaty Organization")];
    const { engagements } = await accord.engagementsOfActor({ actors });
    expect(engagements.edges.map((e) => [e.node.title, e.node.start.iso, e.node.start.precision])).toEqual([
      ["Cho Tae-yul – Mark Rutte meeting", "2025-04-02", "DAY"],
      ["NATO Foreign Ministers' Meeting", "2025-04", "MONTH"],
      ["ROK briefing to the North Atlantic Council on Russia–North Korea military cooperation", "2024", "YEAR"],
    ]);
  });

  it("dates as the sources give them: the 2024 briefing reads 2024 (inferred), not 2024-01-01", async () => {
    const { engagements } = await accord.engagements({ filter: { text: "briefing" }, first: 5 });
    expect(engagements.edges.map((e) => [e.node.title, e.node.start])).toEqual([
      [
        "ROK briefing to the North Atlantic Council on Russia–North Korea military cooperation",
        {
          edtf: "2024?",
          iso: "2024",
          start: "2024-01-01",
          end: "2024-12-31",
          precision: "YEAR",
          inferred: true,
          approximate: false,
        },
      ],
    ]);
    // Within 2024 it is; within 2024's second half it is not, though it overlaps it.
    const second = { from: "2024-07-01", to: "2024-12-31" };
    const count = async (date: Record<string, string>) =>
      (await accord.engagements({ filter: { text: "briefing", date } })).engagements.edges.length;
    expect([
      await count({ from: "2024-01-01", to: "2024-12-31", match: "WITHIN" }),
      await count({ ...second, match: "WITHIN" }),
      await count(second),
    ]).toEqual([1, 0, 1]);
  });

  it("officeHolders: Cho Tae-yul was the ROK's Minister of Foreign Affairs on 2025-04-02", async () => {
    const { officeHolders } = await accord.officeHolders({
      office: "Foreign Minister",
      on: "2025-04-02",
      jurisdiction: await actorId("Republic of Korea"),
    });
    expect(officeHolders.map((h) => [h.holder.name, h.office.name, h.office.jurisdiction.name])).toEqual([
      ["Cho Tae-yul", "Minister of Foreign Affairs", "Republic of Korea"],
    ]);
  });

  it("commitmentTotals: ROK has committed USD 2.4 billion to Ukraine (2 billion announced, 400 million delivered)", async () => {
    const filter = { committer: await actorId("Republic of Korea"), beneficiary: await actorId("Ukraine") };
    const all = await accord.commitmentTotals({ filter, groupBy: [] });
    expect(all.commitmentTotals.map((r) => [r.currency, r.total, r.count])).toEqual([["USD", "2400000000", 2]]);
    const byStatus = await accord.commitmentTotals({ filter, groupBy: ["STATUS"] });
    expect(byStatus.commitmentTotals.map((r) => [r.status, r.total]).sort()).toEqual([
      ["ANNOUNCED", "2000000000"],
      ["DELIVERED", "400000000"],
    ]);
  });

  it("statements: Mark Rutte's statements that concern North Korea are 7 and 10", async () => {
    const { statements } = await accord.statements({
      filter: { speaker: await actorId("Mark Rutte"), mention: await actorId("North Korea") },
    });
    expect(statements.edges.map((e) => [e.node.position, e.node.kind, e.node.speaker.name])).toEqual([
      [7, "APPRECIATION", "Mark Rutte"],
      [10, "AGREEMENT", "Mark Rutte"],
    ]);
  });

  it("paginate walks the statements of the meeting one page of 4 at a time", async () => {
    const positions: number[] = [];
    for await (const statement of accord.paginate("statements", { first: 4 }, (data) => data.statements)) {
      positions.push(statement.position);
    }
    expect(positions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });
});
