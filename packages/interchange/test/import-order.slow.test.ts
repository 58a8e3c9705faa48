// The import-order check of import-order.test.ts on the larger fixtures: later and new visits and more travels
// name people of both imports in full, and either order must still give the same people.
import { cp } from "node:fs/promises";
import { join } from "node:path";
import { openHistoryStateTravels, openHistoryStateVisits } from "../src";
import { fixtures, peopleByKeys, tempDir, travelsFixture, visitsFixture } from "./support/helpers";
import { useImportsInOrder } from "./support/import-order";

const importInOrder = useImportsInOrder();

describe("the order of the Office of the Historian imports, on the larger fixtures", () => {
  it("gives the same people either way with later visits and more travels, which name people of both in full", async () => {
    const visits = await tempDir();
    await cp(visitsFixture, visits, { recursive: true });
    await cp(join(fixtures, "hsg-later-visits", "visits"), join(visits, "later-visits"), { recursive: true });
    await cp(join(fixtures, "hsg-new-visits", "visits"), join(visits, "new-visits"), { recursive: true });
    const travels = await tempDir();
    await cp(travelsFixture, travels, { recursive: true });
    await cp(join(fixtures, "hsg-more-travels", "secretary-travels"), join(travels, "more-secretary-travels"), {
      recursive: true,
    });
    const travelsInput = () => openHistoryStateTravels(travels);
    const visitsInput = () => openHistoryStateVisits(visits);
    const travelsFirst = await importInOrder([travelsInput, visitsInput]);
    const visitsFirst = await importInOrder([visitsInput, travelsInput]);
    expect(await peopleByKeys(visitsFirst.db.bulk)).toEqual(await peopleByKeys(travelsFirst.db.bulk));
  });

  it("takes a one-word name a first import joined to the one person it knew to the namesake a later import brings", async () => {
    // Travels alone join "Prime Minister Rasmussen" of 2004-2008 to Lars Lokke (2016); the visits bring Poul
    // Nyrup (1990s), between whom and Lars Lokke it is neither (Anders Fogh).
    const namesakes = join(fixtures, "hsg-namesakes");
    const visits = await tempDir();
    await cp(visitsFixture, visits, { recursive: true });
    await cp(join(namesakes, "visits"), join(visits, "namesakes"), { recursive: true });
    const travels = await tempDir();
    await cp(travelsFixture, travels, { recursive: true });
    await cp(join(namesakes, "secretary-travels"), join(travels, "namesakes"), { recursive: true });
    const travelsInput = () => openHistoryStateTravels(travels);
    const visitsInput = () => openHistoryStateVisits(visits);
    const travelsFirst = await importInOrder([travelsInput, visitsInput]);
    const visitsFirst = await importInOrder([visitsInput, travelsInput]);
    const people = await peopleByKeys(travelsFirst.db.bulk);
    expect(await peopleByKeys(visitsFirst.db.bulk)).toEqual(people);
    expect(people.filter((p) => p.includes("rasmussen"))).toEqual([
      "denmark/lars-lokke-rasmussen",
      "denmark/poul-nyrup-rasmussen",
      "denmark/prime-minister-rasmussen-2000s",
    ]);
    // Each appearance went with its key: the 2004 trip's "Prime Minister Rasmussen" is not Lars Lokke.
    const met = await travelsFirst.db.prisma.participant.findMany({
      where: {
        actor: { identifiers: { some: { scheme: "hsg-met", value: "denmark/prime-minister-rasmussen-2000s" } } },
      },
      include: { engagement: true },
    });
    expect(met.map((p) => p.engagement.startDate.toISOString().slice(0, 4)).sort()).toEqual(["2004", "2008"]);
  });
});
