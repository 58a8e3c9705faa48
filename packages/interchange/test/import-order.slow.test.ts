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
});
