import { openHistoryStateTravels } from "../src";
import { createImportDatabase, type ImportDatabase, runImport, travelsFixture } from "./support/helpers";

describe("presidents' travels with office holders", () => {
  let db: ImportDatabase;
  beforeAll(async () => {
    db = await createImportDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  const tenuresOf = async (who: string) => {
    const actor = await db.prisma.actor.findFirstOrThrow({
      where: { identifiers: { some: { scheme: "hsg-person", value: who } } },
      include: { tenures: { include: { office: true }, orderBy: { startDate: "asc" } } },
    });
    return [
      actor.name,
      actor.tenures.map((t) => [
        t.office.name,
        t.startDate?.toISOString().slice(0, 10),
        t.endDate?.toISOString().slice(0, 10) ?? null,
      ]),
    ];
  };

  it("reads secretaries' and presidents' trips from one folder, skipping its repository files", async () => {
    const first = await runImport(db.bulk, await openHistoryStateTravels(travelsFixture));
    expect(first.skipped.filter((s) => !s.record).map((s) => [s.file, s.reason])).toEqual([
      ["build.xml", "root element <project>, not <trips>"],
      ["repo.xml", "root element <meta>, not <trips>"],
    ]);
    expect(first.problems.filter((p) => p.severity === "error")).toEqual([]);
    const second = await runImport(db.bulk, await openHistoryStateTravels(travelsFixture));
    expect([second.counts.engagement.created, second.counts.engagement.updated]).toEqual([0, 0]);
    expect([second.counts.actor.created, second.counts.actor.updated]).toEqual([0, 0]);
  });

  it("takes a president's tenures from presidents.xml: two terms apart are two tenures of one person", async () => {
    expect(await tenuresOf("cleveland-grover")).toEqual([
      "Grover Cleveland",
      [
        ["President", "1885-03-04", "1889-03-04"],
        ["President", "1893-03-04", "1897-03-04"],
      ],
    ]);
    expect(await tenuresOf("bush-george-h-w")).toEqual([
      "George H.W. Bush",
      [["President", "1989-01-20", "1993-01-20"]],
    ]);
    // A traveller the office-holders file does not list keeps the span of the recorded trips.
    expect(await tenuresOf("acheson-dean-gooderham")).toEqual([
      "Dean Gooderham Acheson",
      [["Secretary of State", "1949-05-20", "1952-12-20"]],
    ]);
  });

  it("gives a president's trip the office as reported", async () => {
    const trip = await db.prisma.engagement.findFirstOrThrow({
      where: { externalScheme: "hsg-trip", externalValue: "president/2329" },
      include: { participants: { include: { actor: true }, orderBy: { position: "asc" } } },
    });
    expect(trip.participants.map((p) => [p.actor.name, p.role, p.titleAsReported])).toEqual([
      ["George H.W. Bush", "VISITOR", "President"],
      ["Germany, Federal Republic of", "HOST", null],
      ["Kohl", "PARTICIPANT", "Chancellor"],
    ]);
  });

  it("makes a NATO summit a president attended a multilateral meeting with NATO in it", async () => {
    const summit = await db.prisma.engagement.findFirstOrThrow({
      where: { externalScheme: "hsg-trip", externalValue: "president/2328" },
      include: { participants: { include: { actor: true }, orderBy: { position: "asc" } } },
    });
    expect([summit.kind, summit.participants.map((p) => [p.actor.name, p.actor.kind, p.role])]).toEqual([
      "MULTILATERAL_MEETING",
      [
        ["George H.W. Bush", "PERSON", "VISITOR"],
        ["Belgium", "STATE", "HOST"],
        ["North Atlantic Treaty Organization", "INTERNATIONAL_ORGANIZATION", "PARTICIPANT"],
      ],
    ]);
  });
});
