// Travels then visits, or visits then travels: the same visits. A visit naming the sitting President gains
// him whichever came first (the imports' finishing step, sitting-presidents.ts), and each import run
// twice writes nothing the second time. The same on the larger fixtures: import-order.slow.test.ts.
import { cp } from "node:fs/promises";
import { openHistoryStateTravels, openHistoryStateVisits } from "../src";
import {
  exportText,
  type ImportDatabase,
  peopleByKeys,
  runImport,
  tempDir,
  travelsFixture,
  visitsFixture,
} from "./support/helpers";
import { type ImportedInOrder, useImportsInOrder } from "./support/import-order";

const importInOrder = useImportsInOrder();
// Travels then visits on the fixtures, imported once for the two tests that read it (the second only adds a run
// that must write nothing).
let travelsThenVisits: Promise<ImportedInOrder> | undefined;
const importTravelsThenVisits = async () => {
  const visits = await tempDir();
  await cp(visitsFixture, visits, { recursive: true });
  return importInOrder([() => openHistoryStateTravels(travelsFixture), () => openHistoryStateVisits(visits)]);
};
const travelsFirstOnFixtures = () => {
  travelsThenVisits ??= importTravelsThenVisits();
  return travelsThenVisits;
};

describe("the order of the Office of the Historian imports", () => {
  it("gives the same visits either way, the visits naming a sitting President with him in them", async () => {
    const visits = await tempDir();
    await cp(visitsFixture, visits, { recursive: true });
    const travels = () => openHistoryStateTravels(travelsFixture);
    const visitsInput = () => openHistoryStateVisits(visits);
    const travelsFirst = await travelsFirstOnFixtures();
    const visitsFirst = await importInOrder([visitsInput, travels]);
    // Visits first: they join the President when the travels bring him; travels first: when they come.
    expect(visitsFirst.lines[0]).toMatch(/: [1-9]\d* added/);
    expect(travelsFirst.lines).toEqual(visitsFirst.lines);
    // The same people: one actor per person either way.
    expect(await peopleByKeys(visitsFirst.db.bulk)).toEqual(await peopleByKeys(travelsFirst.db.bulk));
    // The visits are the same records either way (other actors' names and descriptions still depend on the
    // order: notes/i1516.md lists the four lines that differ).
    const visitLines = async (db: ImportDatabase) =>
      (await exportText(db)).split("\n").filter((line) => line.includes('"id":{"scheme":"hsg-visit"'));
    const visitsExported = await visitLines(travelsFirst.db);
    expect(visitsExported.filter((line) => line.includes('"titleAsReported":"President"}'))).not.toEqual([]);
    expect(await visitLines(visitsFirst.db)).toEqual(visitsExported);
    const visit = await visitsFirst.db.prisma.engagement.findFirstOrThrow({
      where: { externalScheme: "hsg-visit", externalValue: "762" },
      include: { participants: { include: { actor: true, represents: true }, orderBy: { position: "asc" } } },
    });
    expect(
      visit.participants
        .filter((p) => p.titleAsReported === "President")
        .map((p) => [p.actor.name, p.represents?.name]),
    ).toEqual([["George H.W. Bush", "United States"]]);
  });

  it("keeps what travels say of a person when visits, which say nothing of it, come after: travels again change nothing", async () => {
    const { db } = await travelsFirstOnFixtures();
    const actors = async () => (await exportText(db)).split("\n").filter((line) => line.includes('"type":"actor"'));
    const before = await actors();
    expect(before.join("\n")).toMatch(/"description":"[^"]*\(named so in the travel records\)"/);
    // Draghi, met at the G20 in Rome with no country written, represents Italy once the visits tell it: at
    // the end of the visits import, not on the next travels import, which then writes nothing.
    const draghi = await db.prisma.participant.findFirstOrThrow({
      where: { engagement: { externalValue: "president/4117" }, actor: { name: "Mario Draghi" } },
      include: { represents: true },
    });
    expect(draghi.represents?.name).toBe("Italy");
    const again = await runImport(db.bulk, await openHistoryStateTravels(travelsFixture));
    for (const tally of Object.values(again.counts)) expect(tally).toMatchObject({ created: 0, updated: 0 });
    expect(await actors()).toEqual(before);
  });
});
