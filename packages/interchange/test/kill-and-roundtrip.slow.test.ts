import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { openHistoryStateTravels, openInterchangeInput } from "../src";
import {
  createImportDatabase,
  exportText,
  type ImportDatabase,
  runCli,
  runImport,
  tempDir,
  travelFiles,
  writeGenerated,
} from "./support/helpers";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Engagements missing participants or citations: must never exist, even after a crash. */
const orphansSql = `SELECT count(*)::int AS n FROM engagement e
  WHERE NOT EXISTS (SELECT 1 FROM participant p WHERE p.engagement_id = e.id)
     OR NOT EXISTS (SELECT 1 FROM citation c WHERE c.engagement_id = e.id)`;

describe("crash safety and round trip", () => {
  const databases: ImportDatabase[] = [];
  const fresh = async () => {
    const db = await createImportDatabase();
    databases.push(db);
    return db;
  };
  let file: string;
  beforeAll(async () => {
    file = join(await tempDir(), "generated.ndjson");
    await writeGenerated(file, 1500, 11);
  });
  afterAll(async () => {
    for (const db of databases) await db.close();
  });

  it("an import killed with SIGKILL halfway and re-run leaves the same database as one uninterrupted import", async () => {
    const whole = await fresh();
    expect((await runCli(["import", "--no-progress", file], whole.url)).code).toBe(0);
    const expected = await exportText(whole);

    const crashed = await fresh();
    let written = 0;
    const run = await runCli(["import", "--no-progress", "--batch-size", "100", file], crashed.url, (child) => {
      const poll = async () => {
        while (child.exitCode === null) {
          const [row] = await crashed.bulk.$queryRawUnsafe<{ n: number }[]>(
            "SELECT count(*)::int AS n FROM engagement",
          );
          written = row?.n ?? 0;
          if (written >= 400) {
            child.kill("SIGKILL");
            return;
          }
          await sleep(20);
        }
      };
      void poll();
    });
    expect(run.code).toBeNull();
    const [afterCrash] = await crashed.bulk.$queryRawUnsafe<{ n: number }[]>(
      "SELECT count(*)::int AS n FROM engagement",
    );
    expect(afterCrash?.n).toBeGreaterThan(0);
    expect(afterCrash?.n).toBeLessThan(1500);
    expect((await crashed.bulk.$queryRawUnsafe<{ n: number }[]>(orphansSql))[0]?.n).toBe(0);

    const rerun = await runCli(["import", "--no-progress", file], crashed.url);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain(
      `engagements  created ${1500 - (afterCrash?.n ?? 0)}, updated 0, unchanged ${afterCrash?.n}, rejected 0`,
    );
    expect(await exportText(crashed)).toBe(expected);
  }, 180_000);

  it("export, import into an empty database, export again: the same file", async () => {
    const source = await fresh();
    await runImport(source.bulk, await openInterchangeInput(file));
    await runImport(source.bulk, await openHistoryStateTravels(join(travelFiles, "acheson-dean-gooderham.xml")));
    const first = await exportText(source);
    const exported = join(await tempDir(), "export.ndjson");
    await writeFile(exported, first);

    const target = await fresh();
    const result = await runImport(target.bulk, await openInterchangeInput(exported));
    expect(result.problems).toEqual([]);
    expect(await exportText(target)).toBe(first);
    const again = await runImport(target.bulk, await openInterchangeInput(exported));
    expect(again.counts.engagement.created + again.counts.engagement.updated).toBe(0);

    // A filtered export keeps the engagements asked for (and all actors, topics, sources).
    const visits = await runCli(["export", "--filter", "scheme=hsg-trip", "--filter", "to=1949-12-31"], target.url);
    const ids = visits.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line))
      .filter((r) => r.type === "engagement")
      .map((r) => r.id.value);
    expect(ids).toEqual(["3290", "3291", "3292", "3293"]);
  });
});
