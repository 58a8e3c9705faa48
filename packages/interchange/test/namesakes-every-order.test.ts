// Namesakes of one family name and country, imported in every order of three inputs: the same people each time.
// "Prime Minister Papandreou" of 1964 (a visit) is Georgios, of 1982-1989 (travels) Andreas, written in full in
// 1994 (a visit): the office holders' terms tell them apart (holders-abroad.ts), so no order chains the father to
// the son through the 1980s. The Rasmussens of the same files: Poul Nyrup, Anders Fogh (one-word), Lars Lokke.
import { join } from "node:path";
import { openHistoryStateTravels, openHistoryStateVisits, type RecordInput } from "../src";
import { createImportDatabase, fixtures, type ImportDatabase, peopleByKeys, runImport } from "./support/helpers";

const namesakes = join(fixtures, "hsg-namesakes");
const inputs: Record<string, () => Promise<RecordInput>> = {
  "visits of the 1960s": () => openHistoryStateVisits(join(namesakes, "visits", "1960-namesakes.xml")),
  "visits of the 1990s": () => openHistoryStateVisits(join(namesakes, "visits", "1990-namesakes.xml")),
  travels: () => openHistoryStateTravels(join(namesakes, "secretary-travels")),
};
const orders = (names: string[]): string[][] =>
  names.length <= 1 ? [names] : names.flatMap((n) => orders(names.filter((m) => m !== n)).map((o) => [n, ...o]));

const databases: ImportDatabase[] = [];
afterAll(async () => {
  for (const db of databases) await db.close();
});

describe("namesakes imported in every order", () => {
  it("gives the same people in each of the six orders, Georgios Papandreou apart from Andreas", async () => {
    const people = new Map<string, string[]>();
    const all = orders(Object.keys(inputs));
    for (const order of all) {
      const db = await createImportDatabase();
      databases.push(db);
      for (const name of order) {
        const open = inputs[name] as () => Promise<RecordInput>;
        const run = await runImport(db.bulk, await open());
        expect(run.problems.filter((p) => p.severity === "error")).toEqual([]);
        // In the last order, each import run again writes nothing.
        if (order !== all.at(-1)) continue;
        const again = await runImport(db.bulk, await open());
        for (const tally of Object.values(again.counts)) expect(tally).toMatchObject({ created: 0, updated: 0 });
      }
      people.set(order.join(", "), await peopleByKeys(db.bulk));
    }
    const [first, ...rest] = [...people.values()];
    for (const [order, of] of people) expect([order, of]).toEqual([order, first]);
    expect(rest).toHaveLength(5);
    expect(first?.filter((p) => /papandreou|rasmussen/.test(p))).toEqual([
      "denmark/lars-lokke-rasmussen",
      "denmark/poul-nyrup-rasmussen",
      "denmark/prime-minister-rasmussen-2000s",
      "greece/andreas-papandreou greece/prime-minister-papandreou-1980s",
      "greece/prime-minister-papandreou-1960s",
    ]);
  });
});
