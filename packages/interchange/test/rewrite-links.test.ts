import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { openInterchangeInput } from "../src";
import { createImportDatabase, type ImportDatabase, runImport, tempDir } from "./support/helpers";

const seed = { scheme: "accord-test", value: "" };
const key = (value: string) => ({ ...seed, value });

function engagement(id: string, title: string, commitments: object[]) {
  return {
    type: "engagement",
    id: key(id),
    kind: "CALL",
    status: "HELD",
    title,
    start: "2025-04-02",
    participants: [{ actor: key("actor:a"), role: "PARTICIPANT" }],
    commitments,
  };
}

const actor = { type: "actor", identifiers: [key("actor:a")], kind: "STATE", name: "State A" };
const pledge = (id: string, links: object[] = []) => ({
  id: key(id),
  committer: key("actor:a"),
  kind: "FINANCIAL",
  description: `Pledge ${id}`,
  status: "PLEDGED",
  links,
});

describe("re-importing a changed engagement", () => {
  let db: ImportDatabase;
  let dir: string;
  beforeAll(async () => {
    db = await createImportDatabase();
    dir = await tempDir();
  });
  afterAll(() => db.close());

  async function importLines(name: string, records: object[]) {
    const file = join(dir, name);
    await writeFile(file, `${records.map((r) => JSON.stringify(r)).join("\n")}\n`);
    const result = await runImport(db.bulk, await openInterchangeInput(file));
    expect(result.problems).toEqual([]);
    return result;
  }

  const links = () =>
    db.prisma.$queryRawUnsafe<{ link: string }[]>(
      `SELECT f.external_value || ' ' || l.kind || ' ' || t.external_value AS link
       FROM commitment_link l JOIN commitment f ON f.id = l.from_id JOIN commitment t ON t.id = l.to_id ORDER BY 1`,
    );

  it("keeps the links other engagements' commitments hold to its commitments", async () => {
    await importLines("first.ndjson", [
      actor,
      engagement("e:1", "First call", [pledge("c:1")]),
      engagement("e:2", "Second call", [pledge("c:2", [{ kind: "FOLLOWS", to: key("c:1") }])]),
    ]);
    expect(await links()).toEqual([{ link: "c:2 FOLLOWS c:1" }]);

    const before = await db.prisma.commitment.findFirstOrThrow({ where: { externalValue: "c:1" } });
    // Only e:1, changed: its commitment is deleted and written again; e:2's link to it must survive.
    const rewrite = await importLines("second.ndjson", [
      actor,
      engagement("e:1", "First call, renamed", [pledge("c:1")]),
    ]);
    expect(rewrite.counts.engagement).toEqual({ created: 0, updated: 1, unchanged: 0, rejected: 0 });
    expect(await links()).toEqual([{ link: "c:2 FOLLOWS c:1" }]);
    // And the commitment keeps its id, so the global ID a client holds still finds it.
    const after = await db.prisma.commitment.findFirstOrThrow({ where: { externalValue: "c:1" } });
    expect({ id: after.id, description: after.description }).toEqual({ id: before.id, description: "Pledge c:1" });

    // e:1 without the commitment: the link goes with it, and nothing else breaks.
    await importLines("third.ndjson", [actor, engagement("e:1", "First call, no pledge", [])]);
    expect(await links()).toEqual([]);
    expect(await db.prisma.commitment.count()).toBe(1);
  });
});
