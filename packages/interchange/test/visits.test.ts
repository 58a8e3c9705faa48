import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { openHistoryStateTravels, openHistoryStateVisits } from "../src";
import {
  createImportDatabase,
  type ImportDatabase,
  runImport,
  tempDir,
  travelFiles,
  travelsFixture,
  visitsFixture,
} from "./support/helpers";

describe("history-state-visits import", () => {
  let db: ImportDatabase;
  beforeAll(async () => {
    db = await createImportDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it("imports every visit once, skipping repository files and repeated ids with the reason", async () => {
    const first = await runImport(db.bulk, await openHistoryStateVisits(visitsFixture));
    expect(first.skipped.map((s) => [s.file, s.record, s.reason])).toEqual([
      ["build.xml", undefined, "root element <project>, not <visits>"],
      ["repo.xml", undefined, "root element <meta>, not <visits>"],
      ["2020.xml", "hsg-visit:90002", "duplicate: same id as 2020.xml:17"],
    ]);
    expect(first.problems).toEqual([]);
    // 1 + 3 + 12 + 4 visits in the fixture files, one of them a repeat, and the G7 meeting one attended.
    expect(first.read.engagement).toBe(20);
    expect(first.counts.engagement).toEqual({ created: 20, updated: 0, unchanged: 0, rejected: 0 });
    expect(first.counts.source.created).toBe(4);

    const second = await runImport(db.bulk, await openHistoryStateVisits(visitsFixture));
    expect(second.counts.engagement).toEqual({ created: 0, updated: 0, unchanged: 20, rejected: 0 });
    expect([second.counts.actor.created, second.counts.actor.updated, second.counts.source.created]).toEqual([0, 0, 0]);
  });

  const visit = (id: string) =>
    db.prisma.engagement.findFirstOrThrow({
      where: { externalScheme: "hsg-visit", externalValue: id },
      include: {
        participants: { include: { actor: true, represents: true }, orderBy: { position: "asc" } },
        country: true,
        citations: { include: { source: true } },
      },
    });
  const shape = (e: Awaited<ReturnType<typeof visit>>) => ({
    title: e.title,
    visitKind: e.visitKind,
    summary: e.summary,
    kind: e.kind,
    dates: [e.startDate.toISOString().slice(0, 10), e.endDate?.toISOString().slice(0, 10)],
    country: e.country?.name,
    participants: e.participants.map((p) => [
      p.actor.name,
      p.actor.kind,
      p.role,
      p.titleAsReported,
      p.represents?.name ?? null,
    ]),
    citations: e.citations.map((c) => [c.source.externalValue, c.locator]),
  });

  it("makes a visit hosted by the United States, the visitor a person representing the country", async () => {
    expect(shape(await visit("90001"))).toEqual({
      title: "Prime Minister Kyriakos Mitsotakis (Greece) in the United States",
      summary:
        "Official working visit. Addressed a joint meeting of Congress aboard the USS Intrepid reception afterwards.",
      kind: "VISIT",
      visitKind: "official working",
      dates: ["2022-05-16", "2022-05-17"],
      country: "United States",
      participants: [
        ["Kyriakos Mitsotakis", "PERSON", "VISITOR", "Prime Minister", "Greece"],
        ["United States", "STATE", "HOST", null, null],
      ],
      citations: [["2020.xml", "2020.xml#90001"]],
    });
  });

  it("splits two visitors with their titles; titles of more than one word stay whole", async () => {
    expect(shape(await visit("90003")).participants).toEqual([
      ["Sergio Mattarella", "PERSON", "VISITOR", "President", "Italy"],
      ["Mario Draghi", "PERSON", "VISITOR", "Prime Minister", "Italy"],
      ["United States", "STATE", "HOST", null, null],
    ]);
    expect(shape(await visit("202")).participants[0]).toEqual([
      "Leonid I. Brezhnev",
      "PERSON",
      "VISITOR",
      "General Secretary",
      "Soviet Union",
    ]);
  });

  it("keeps the kind of visit as the description states it, or none", async () => {
    const kinds = await db.prisma.engagement.findMany({
      where: { externalScheme: "hsg-visit" },
      select: { externalValue: true, visitKind: true, summary: true },
      orderBy: { externalValue: "asc" },
    });
    expect(kinds.filter((k) => ["202", "510", "671", "751", "90002", "90003"].includes(k.externalValue ?? ""))).toEqual(
      [
        {
          externalValue: "202",
          visitKind: "official",
          summary: "Official visit at Washington and San Clemente (Calif.).",
        },
        {
          externalValue: "510",
          visitKind: null,
          summary: "Attended Economic Summit Meeting, Williamsburg (Va.).",
        },
        {
          externalValue: "671",
          visitKind: "official working",
          summary: "Official Working Visit. Signed INF Treaty December 8.",
        },
        {
          externalValue: "751",
          visitKind: "official working",
          summary: "Official working visit. Private visit to New York City afterward.",
        },
        { externalValue: "90002", visitKind: "state", summary: "State Visit." },
        { externalValue: "90003", visitKind: null, summary: null },
      ],
    );
  });

  it("files a visit from the U.S.S.R. under the Soviet Union, a former state with its dates", async () => {
    const soviet = await db.prisma.actor.findFirstOrThrow({
      where: { identifiers: { some: { scheme: "hsg-country", value: "soviet-union" } } },
      include: { aliases: true, identifiers: true, representations: true },
    });
    expect({
      name: soviet.name,
      kind: soviet.kind,
      valid: [soviet.validFrom?.toISOString().slice(0, 10), soviet.validTo?.toISOString().slice(0, 10)],
      aliases: soviet.aliases.map((a) => a.name).sort(),
      identifiers: soviet.identifiers.map((i) => `${i.scheme}:${i.value}`),
      represented: soviet.representations.length,
    }).toEqual({
      name: "Soviet Union",
      kind: "STATE",
      valid: ["1922-12-30", "1991-12-26"],
      aliases: ["U.S.S.R.", "USSR", "Union of Soviet Socialist Republics"],
      identifiers: ["hsg-country:soviet-union"],
      represented: 2,
    });
    expect(await db.prisma.actor.count({ where: { name: "Russia" } })).toBe(0);
  });

  it("makes one actor of a visitor who came more than once", async () => {
    const kohl = await db.prisma.actor.findMany({ where: { name: "Helmut Kohl" }, include: { participations: true } });
    expect(kohl.map((a) => a.participations.length)).toEqual([3]);
  });

  it("refuses a travels folder, a file of another schema, and a folder with no visits, naming the file", async () => {
    await expect(openHistoryStateVisits(travelsFixture)).rejects.toThrow(
      /hsg-travels: no history-state-visits \(visits\.rnc\) file \(root element <visits>\); found .*president-travels\/biden-joseph-r\.xml.* and \d+ more \(root element <trips>, not <visits>\)/,
    );
    const trips = join(travelFiles, "hull-cordell.xml");
    await expect(openHistoryStateVisits(trips)).rejects.toThrow(
      `${trips}: root element <trips>, not <visits>: not a history-state-visits (visits.rnc) file`,
    );
    const visits = join(visitsFixture, "visits", "1970.xml");
    await expect(openHistoryStateTravels(visits)).rejects.toThrow(`${visits}: root element <visits>, not <trips>`);
    const empty = await tempDir();
    await writeFile(join(empty, "notes.xml"), "this is not xml");
    await expect(openHistoryStateVisits(empty)).rejects.toThrow(`${empty}: no history-state-visits`);
    await expect(openHistoryStateVisits(empty)).rejects.toThrow("notes.xml (not XML)");
  });

  it("reads a later file of the same schema beside the others", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "visits"));
    await copyFile(join(visitsFixture, "visits", "2020.xml"), join(dir, "visits", "2020.xml"));
    await writeFile(
      join(dir, "visits", "2030.xml"),
      `<?xml version="1.0" encoding="UTF-8"?><visits><visit><id>99999</id><start-date>2031-02-03</start-date>
       <end-date>2031-02-04</end-date><visitor>King Frederik X</visitor><from id="denmark">Denmark</from>
       <description>State visit to mark the <em>Treaty of Friendship</em> anniversary.</description>
       <created-by>x</created-by><created-datetime>2031-03-01T00:00:00Z</created-datetime>
       <last-modified-by>x</last-modified-by><last-modified-datetime>2031-03-01T00:00:00Z</last-modified-datetime></visit></visits>`,
    );
    const result = await runImport(db.bulk, await openHistoryStateVisits(dir));
    expect(result.counts.engagement).toEqual({ created: 1, updated: 0, unchanged: 3, rejected: 0 });
    expect(shape(await visit("99999"))).toMatchObject({
      summary: "State visit to mark the Treaty of Friendship anniversary.",
      participants: [
        ["Frederik X", "PERSON", "VISITOR", "King", "Denmark"],
        ["United States", "STATE", "HOST", null, null],
      ],
    });
  });
});
