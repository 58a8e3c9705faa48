import { cp, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { openHistoryStateTravels, openHistoryStateVisits } from "../src";
import { createImportDatabase, fixtures, type ImportDatabase, runImport, tempDir } from "./support/helpers";
import {
  countryIds,
  samePersonTwice,
  schemesOfActor,
  tallyFiles,
  unaccounted,
  type Walked,
  walkXml,
} from "./support/hsg-walk";

const heldOut = join(fixtures, "hsg-held-out");

// Every fixture file of both formats (secretaries', presidents' from the held-out excerpts, visits of the
// shared years and later ones) into one database: each file's records are imported or reported, a second
// run writes nothing, and what the files share is one actor.
describe("every Office of the Historian fixture file, walked", () => {
  let db: ImportDatabase;
  let travels: string;
  let visits: string;
  let tripFiles: Walked[];
  let visitFiles: Walked[];
  beforeAll(async () => {
    db = await createImportDatabase();
    travels = await tempDir();
    await cp(join(fixtures, "hsg-travels"), travels, { recursive: true });
    await cp(join(fixtures, "hsg-more-travels"), join(travels, "more"), { recursive: true });
    await cp(heldOut, join(travels, "held-out"), { recursive: true });
    visits = await tempDir();
    for (const from of ["hsg-visits", "hsg-later-visits", "hsg-held-out/visits"])
      await cp(join(fixtures, from), join(visits, from.replace("/", "-")), { recursive: true });
    tripFiles = await walkXml([travels], "travels");
    visitFiles = await walkXml([visits], "visits");
  });
  afterAll(async () => {
    await db.close();
  });

  it("imports each travels file's trips or reports them, and a second run writes nothing", async () => {
    expect(tripFiles.map((f) => f.name)).toEqual(expect.arrayContaining(["trump-donald-j-excerpt.xml"]));
    const first = await runImport(db.bulk, await openHistoryStateTravels(travels));
    expect(unaccounted(await tallyFiles(db, tripFiles, first, "travels"))).toEqual([]);
    // up-to-reagan.xml repeats the single presidents' files: skipped, named with the trip it repeats.
    expect(first.skipped.filter((s) => s.file === "up-to-reagan-excerpt.xml").map((s) => s.reason)).toEqual([
      "duplicate: has the same id as trip 2734 (truman-harry-s-excerpt.xml:4)",
      "duplicate: has the same id as trip 2735 (truman-harry-s-excerpt.xml:18)",
    ]);
    const second = await runImport(db.bulk, await openHistoryStateTravels(travels));
    expect([second.counts.engagement, second.counts.actor.created, second.counts.actor.updated]).toEqual([
      { created: 0, updated: 0, unchanged: first.counts.engagement.created, rejected: 0 },
      0,
      0,
    ]);
  });

  it("imports each visits file's visits or reports them, twice, the second time writing nothing", async () => {
    const first = await runImport(db.bulk, await openHistoryStateVisits(visits));
    expect(first.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(unaccounted(await tallyFiles(db, visitFiles, first, "visits"))).toEqual([]);
    const second = await runImport(db.bulk, await openHistoryStateVisits(visits));
    expect([second.counts.engagement.created, second.counts.engagement.updated]).toEqual([0, 0]);
    expect([second.counts.actor.created, second.counts.actor.updated, second.counts.source.created]).toEqual([0, 0, 0]);
    const travelsAgain = await runImport(db.bulk, await openHistoryStateTravels(travels));
    expect([travelsAgain.counts.engagement.created, travelsAgain.counts.actor.created]).toEqual([0, 0]);
  });

  it("keeps a president's trip apart from a Secretary's trip of the same number", async () => {
    const trips = await db.prisma.engagement.findMany({
      where: { externalScheme: "hsg-trip", externalValue: { in: ["3810", "president/3810"] } },
      orderBy: { externalValue: "asc" },
    });
    expect(trips.map((t) => [t.externalValue, t.title])).toEqual([
      ["3810", "Michael R. Pompeo in Singapore (Singapore)"],
      ["president/3810", "Donald J. Trump in Saudi Arabia (Riyadh)"],
    ]);
  });

  it("makes a NATO summit a President attended a multilateral engagement with NATO in it", async () => {
    const trip = await db.prisma.engagement.findFirstOrThrow({
      where: { externalScheme: "hsg-trip", externalValue: "president/3815" },
      include: {
        participants: { include: { actor: true }, orderBy: { position: "asc" } },
        parent: { include: { participants: { include: { actor: true } } } },
      },
    });
    expect([trip.kind, trip.participants.map((p) => [p.actor.name, p.role, p.titleAsReported])]).toEqual([
      "MULTILATERAL_MEETING",
      [
        ["Donald J. Trump", "VISITOR", "President"],
        ["Belgium", "HOST", null],
        ["North Atlantic Treaty Organization", "PARTICIPANT", null],
      ],
    ]);
    expect(trip.parent?.kind).toBe("MULTILATERAL_MEETING");
    expect(trip.parent?.participants.map((p) => p.actor.name)).toContain("North Atlantic Treaty Organization");
  });

  it("makes each country and person the files share one actor", async () => {
    const inVisits = await countryIds(visitFiles, "visits");
    const both = [...(await countryIds(tripFiles, "travels"))].filter((id) => inVisits.has(id)).sort();
    expect(both.length).toBeGreaterThan(5);
    for (const id of both) {
      const actors = await schemesOfActor(db, "hsg-country", id);
      expect([id, actors.length, actors[0]?.schemes]).toEqual([
        id,
        1,
        expect.arrayContaining(["hsg-trip", "hsg-visit"]),
      ]);
    }
    // The President in presidents.xml and in his travels is one actor, with his terms as tenures.
    const trump = await db.prisma.actor.findMany({
      where: { identifiers: { some: { scheme: "hsg-person", value: "trump-donald-j" } } },
      include: { tenures: { orderBy: { startDate: "asc" } } },
    });
    expect(trump.map((a) => [a.name, a.tenures.map((t) => t.startDate?.toISOString().slice(0, 10))])).toEqual([
      ["Donald J. Trump", ["2017-01-20", "2025-01-20"]],
    ]);
    expect(await samePersonTwice(db)).toEqual([]);
    // A visit whose description names the sitting President has him in it: the actor of his travels.
    const visit = await db.prisma.engagement.findFirstOrThrow({
      where: { externalScheme: "hsg-visit", externalValue: "762" },
      include: { participants: { include: { actor: { include: { identifiers: true } } } } },
    });
    const president = visit.participants.filter((p) => p.actor.identifiers.some((i) => i.scheme === "hsg-person"));
    expect(president.map((p) => [p.actor.name, p.role, p.titleAsReported])).toEqual([
      ["George H.W. Bush", "PARTICIPANT", "President"],
    ]);
    expect(await schemesOfActor(db, "hsg-person", "bush-george-h-w")).toEqual([
      { name: "George H.W. Bush", schemes: ["hsg-journey", "hsg-trip", "hsg-visit"] },
    ]);
  });

  it("stops at a file of the format that is not well-formed, naming the file and line, before writing", async () => {
    const folder = join(await tempDir(), "secretary-travels");
    await mkdir(folder);
    const trip = (id: string) => `<trip who="x-y" role="secretary"><id>${id}</id><name>X Y</name></trip>`;
    await writeFile(join(folder, "a.xml"), `<?xml version="1.0"?>\n<trips>\n${trip("1")}\n${trip("2")}\n</trips>\n`);
    await writeFile(
      join(folder, "b.xml"),
      `<?xml version="1.0"?>\n<trips>\n${trip("3")}\n<trip><id>4</id>\n</trips>\n`,
    );
    const before = await db.prisma.engagement.count();
    await expect(runImport(db.bulk, await openHistoryStateTravels(folder))).rejects.toThrow(
      `${join(folder, "b.xml")}:5:8: unexpected close tag`,
    );
    expect(await db.prisma.engagement.count()).toBe(before);
  });
});
