// A one-word key taken from one person for another (the people's `release`), the actors' writes and the move of
// the appearances it was written for (`settle`) are one transaction: a failure between them leaves the database as
// it was, and the next import does it all. Travels then visits of the namesakes: "Prime Minister Rasmussen" of
// 2004-2008 leaves Lars Lokke Rasmussen when the visits bring Poul Nyrup (docs/interchange.md).
import { join } from "node:path";
import { type BulkDb, openHistoryStateTravels, openHistoryStateVisits, type Sql } from "../src";
import { createImportDatabase, fixtures, type ImportDatabase, peopleByKeys, runImport } from "./support/helpers";

const namesakes = join(fixtures, "hsg-namesakes");
const travels = () => openHistoryStateTravels(join(namesakes, "secretary-travels"));
const visits = () => openHistoryStateVisits(join(namesakes, "visits"));

/** The database's writes, failing at the first statement of a transaction that matches; each statement's text noted. */
function failingAt(db: BulkDb, pattern: RegExp, seen: string[]): BulkDb {
  const failing = (tx: Sql): Sql => ({
    $executeRawUnsafe: (text, ...params) => {
      seen.push(text);
      return pattern.test(text) ? Promise.reject(new Error("injected failure")) : tx.$executeRawUnsafe(text, ...params);
    },
    $queryRawUnsafe: (text, ...params) => tx.$queryRawUnsafe(text, ...params),
  });
  return { ...db, $transaction: (run, options) => db.$transaction((tx) => run(failing(tx)), options) };
}

/** The people as their keys, and each trip's or visit's people as their keys. */
async function state(db: BulkDb) {
  const appearances = await db.$queryRawUnsafe<{ engagement: string; keys: string }[]>(
    `SELECT e.external_value AS engagement,
       (SELECT string_agg(i.value, ' ' ORDER BY i.value) FROM actor_identifier i WHERE i.actor_id = p.actor_id AND i.scheme = 'hsg-met') AS keys
     FROM participant p JOIN engagement e ON e.id = p.engagement_id JOIN actor a ON a.id = p.actor_id AND a.kind = 'PERSON'
     ORDER BY 1, 2`,
  );
  return { people: await peopleByKeys(db), appearances };
}

const databases: ImportDatabase[] = [];
afterAll(async () => {
  for (const db of databases) await db.close();
});
const travelsImported = async () => {
  const db = await createImportDatabase();
  databases.push(db);
  await runImport(db.bulk, await travels());
  return db;
};

describe("the people's release, actor writes and settle in one transaction", () => {
  it("leaves nothing half done when a step fails, and the next import completes it", async () => {
    const reference = await travelsImported();
    const clean = await runImport(reference.bulk, await visits());
    expect(clean.finished.join("\n")).toMatch(
      /people: [1-9]\d* one-word keys decided again, [1-9]\d* appearances moved/,
    );
    const db = await travelsImported();
    const before = await state(db.bulk);
    // After the key is taken, before the actors are written; and after the actors, while their appearances follow.
    for (const step of [/^INSERT INTO "actor_identifier"/, /^UPDATE participant p SET actor_id/]) {
      const seen: string[] = [];
      await expect(runImport(failingAt(db.bulk, step, seen), await visits())).rejects.toThrow("injected failure");
      expect(seen.some((text) => /DELETE FROM actor_identifier/.test(text))).toBe(true);
      expect(seen.some((text) => step.test(text))).toBe(true);
      expect(await state(db.bulk)).toEqual(before);
    }
    const rerun = await runImport(db.bulk, await visits());
    expect(rerun.finished).toEqual(clean.finished);
    const after = await state(db.bulk);
    expect(after).toEqual(await state(reference.bulk));
    expect(after.people.filter((p) => p.includes("rasmussen"))).toEqual([
      "denmark/lars-lokke-rasmussen",
      "denmark/poul-nyrup-rasmussen",
      "denmark/prime-minister-rasmussen-2000s",
    ]);
    const again = await runImport(db.bulk, await visits());
    for (const tally of Object.values(again.counts)) expect(tally).toMatchObject({ created: 0, updated: 0 });
  });
});
