import { join } from "node:path";
import { openHistoryStateVisits } from "../src";
import { createImportDatabase, fixtures, type ImportDatabase, runImport } from "./support/helpers";

// Visits of later years than the shared files, as a held-out set may bring them: countries, names, titles and
// kinds of visit the 1870-1999 files do not have import as written, and a second run changes nothing.
describe("visits of countries, people, titles and kinds the shared years do not have", () => {
  let db: ImportDatabase;
  const folder = join(fixtures, "hsg-new-visits");
  beforeAll(async () => {
    db = await createImportDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it("imports every visit, then nothing the second time", async () => {
    const first = await runImport(db.bulk, await openHistoryStateVisits(folder));
    expect(first.problems).toEqual([]);
    expect(first.skipped).toEqual([]);
    expect(first.counts.engagement.rejected).toBe(0);
    expect(await db.prisma.engagement.count({ where: { externalScheme: "hsg-visit" } })).toBe(6);
    const again = await runImport(db.bulk, await openHistoryStateVisits(folder));
    expect(again.problems).toEqual([]);
    for (const tally of Object.values(again.counts)) expect(tally).toMatchObject({ created: 0, updated: 0 });
  });

  it("keeps each visitor's name, title, country and kind of visit as the file writes them", async () => {
    const visits = await db.prisma.engagement.findMany({
      where: { externalScheme: "hsg-visit" },
      orderBy: { externalValue: "asc" },
      include: {
        participants: {
          where: { role: "VISITOR" },
          orderBy: { position: "asc" },
          include: { actor: true, represents: { include: { identifiers: true } } },
        },
      },
    });
    expect(
      visits.map((v) => [
        v.externalValue,
        v.visitKind,
        v.participants.map((p) => [
          p.titleAsReported,
          p.actor.name,
          p.represents?.name,
          p.represents?.identifiers.map((i) => `${i.scheme}:${i.value}`).sort(),
        ]),
      ]),
    ).toEqual([
      [
        "91101",
        "official working",
        [["President", "Kay Rala Xanana Gusmão", "Timor-Leste", ["hsg-country:timor-leste", "iso3166-1-alpha2:TL"]]],
      ],
      [
        "91102",
        "transit",
        [["Prime Minister", "Milo Đukanović", "Montenegro", ["hsg-country:montenegro", "iso3166-1-alpha2:ME"]]],
      ],
      [
        "91103",
        null,
        [["Chief Adviser", "Fakhruddin Ahmed", "Bangladesh", ["hsg-country:bangladesh", "iso3166-1-alpha2:BD"]]],
      ],
      [
        "91104",
        "working",
        [
          ["President", "Fatmir Sejdiu", "Kosovo", ["hsg-country:kosovo", "iso3166-1-alpha2:XK"]],
          ["Prime Minister", "Hashim Thaçi", "Kosovo", ["hsg-country:kosovo", "iso3166-1-alpha2:XK"]],
        ],
      ],
      // "President Sejdiu" the year after is the President written in full: one actor.
      ["91105", "private", [["President", "Fatmir Sejdiu", "Kosovo", ["hsg-country:kosovo", "iso3166-1-alpha2:XK"]]]],
      [
        "91106",
        null,
        [["President", "Salva Kiir Mayardit", "South Sudan", ["hsg-country:south-sudan", "iso3166-1-alpha2:SS"]]],
      ],
    ]);
    // <em> is read as its text.
    const sudan = visits.find((v) => v.externalValue === "91106");
    expect(sudan?.summary).toBe("Attended a high-level meeting on Sudan and South Sudan at the United Nations.");
    expect(await db.prisma.actor.count({ where: { kind: "PERSON" } })).toBe(6);
  });
});
