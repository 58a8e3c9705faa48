import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { openHistoryStateTravels } from "../src";
import { createImportDatabase, type ImportDatabase, runImport, travelFiles, travelsRoot } from "./support/helpers";

describe("the full travel data set", () => {
  let db: ImportDatabase;
  beforeAll(async () => {
    db = await createImportDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it("imports every trip but the reported duplicates, and a second run changes nothing", async () => {
    let tripsInFiles = 0;
    for (const name of await readdir(travelFiles)) {
      tripsInFiles += ((await readFile(join(travelFiles, name), "utf8")).match(/<trip /g) ?? []).length;
    }
    const first = await runImport(db.bulk, await openHistoryStateTravels(travelsRoot));
    const duplicates = first.problems.filter((p) => p.message.startsWith("duplicate"));
    expect(first.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(await db.prisma.engagement.count({ where: { externalScheme: "hsg-trip" } })).toBe(
      tripsInFiles - duplicates.length,
    );
    const all = await db.prisma.engagement.count();
    expect(first.counts.engagement).toEqual({ created: all, updated: 0, unchanged: 0, rejected: 0 });

    const second = await runImport(db.bulk, await openHistoryStateTravels(travelsRoot));
    expect(second.counts.engagement).toEqual({ created: 0, updated: 0, unchanged: all, rejected: 0 });
    expect([
      second.counts.actor.created,
      second.counts.actor.updated,
      second.counts.source.created,
      second.counts.source.updated,
    ]).toEqual([0, 0, 0, 0]);
  });
});
