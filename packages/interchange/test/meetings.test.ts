import { cp, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { openHistoryStateTravels } from "../src";
import { createImportDatabase, type ImportDatabase, runImport, tempDir, travelsFixture } from "./support/helpers";

// The Secretary and the President at the same NATO summit: two trips, one shared meeting, whichever
// files are imported first and however often.
describe("a meeting attended by several travellers", () => {
  let db: ImportDatabase;
  let secretaries: string;
  let presidents: string;
  beforeAll(async () => {
    db = await createImportDatabase();
    secretaries = await tempDir();
    await cp(join(travelsFixture, "secretary-travels"), join(secretaries, "secretary-travels"), { recursive: true });
    presidents = await tempDir();
    await mkdir(join(presidents, "president-travels"));
    await cp(join(travelsFixture, "president-travels"), join(presidents, "president-travels"), { recursive: true });
    await cp(join(travelsFixture, "presidents.xml"), join(presidents, "presidents.xml"));
  });
  afterAll(async () => {
    await db.close();
  });

  const parentOf = async (trip: string) => {
    const e = await db.prisma.engagement.findFirstOrThrow({
      where: { externalScheme: "hsg-trip", externalValue: trip },
      include: { parent: { include: { participants: { include: { actor: true }, orderBy: { position: "asc" } } } } },
    });
    return e.parent;
  };

  it("joins the President's trip to the meeting the Secretary's made, each import twice creating nothing", async () => {
    await runImport(db.bulk, await openHistoryStateTravels(secretaries));
    const meetings = await db.prisma.engagement.count({ where: { externalScheme: "hsg-meeting" } });
    await runImport(db.bulk, await openHistoryStateTravels(presidents));
    for (const folder of [secretaries, presidents]) {
      const again = await runImport(db.bulk, await openHistoryStateTravels(folder));
      expect([again.counts.engagement.created, again.counts.actor.created]).toEqual([0, 0]);
    }
    // Brussels 2021 and Madrid 2022 are the Secretary's and the President's; the President's others are new
    // (the Quad's summit of no organisation the table knows, by its name).
    const presidentsOnly = [
      "nato/belgium/1989-05-28",
      "g7/united-kingdom/2021-06-09",
      "g20/italy/2021-10-29",
      "named/leaders-quad-summit/japan/2022-05-21",
    ];
    expect(await db.prisma.engagement.count({ where: { externalScheme: "hsg-meeting" } })).toBe(
      meetings + presidentsOnly.length,
    );
    const found = await db.prisma.engagement.findMany({
      where: { externalScheme: "hsg-meeting", externalValue: { in: presidentsOnly } },
    });
    expect(found.map((e) => e.externalValue).sort()).toEqual([...presidentsOnly].sort());
    for (const [secretary, president] of [
      ["4023", "president/4114"],
      ["4074", "president/4106"],
    ]) {
      const [a, b] = [await parentOf(secretary as string), await parentOf(president as string)];
      expect(a?.id).toBeDefined();
      expect(a?.id).toBe(b?.id);
    }
  });

  it("makes the NATO summit a President attended a multilateral meeting with NATO in it", async () => {
    const summit = await parentOf("president/4114");
    expect({
      kind: summit?.kind,
      external: summit?.externalValue,
      dates: [summit?.startDate.toISOString().slice(0, 10), summit?.endDate?.toISOString().slice(0, 10)],
      participants: summit?.participants.map((p) => [p.actor.name, p.role]),
    }).toEqual({
      kind: "MULTILATERAL_MEETING",
      external: "nato/belgium/2021-06-13",
      dates: ["2021-06-13", "2021-06-15"],
      participants: [
        ["North Atlantic Treaty Organization", "PARTICIPANT"],
        ["Belgium", "HOST"],
        ["United States", "PARTICIPANT"],
      ],
    });
    const trip = await db.prisma.engagement.findFirstOrThrow({
      where: { externalScheme: "hsg-trip", externalValue: "president/4114" },
      include: { participants: { include: { actor: true }, orderBy: { position: "asc" } } },
    });
    expect([trip.kind, trip.participants.map((p) => p.actor.name)]).toEqual([
      "MULTILATERAL_MEETING",
      ["Joseph R. Biden", "Belgium", "Philippe", "Alexander De Croo", "North Atlantic Treaty Organization"],
    ]);
  });
});
