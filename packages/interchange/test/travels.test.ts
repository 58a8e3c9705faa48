import { copyFile, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { openHistoryStateTravels } from "../src";
import { createImportDatabase, type ImportDatabase, runImport, tempDir, travelFiles } from "./support/helpers";

const subset = ["acheson-dean-gooderham.xml", "blinken-antony-j.xml", "hull-cordell.xml"];

async function subsetFolder(): Promise<string> {
  const dir = await tempDir();
  for (const file of subset) await copyFile(join(travelFiles, file), join(dir, file));
  return dir;
}

const countTrips = async (dir: string) => {
  let trips = 0;
  for (const file of subset) trips += ((await readFile(join(dir, file), "utf8")).match(/<trip /g) ?? []).length;
  return trips;
};

describe("history-state-travels import", () => {
  let db: ImportDatabase;
  beforeAll(async () => {
    db = await createImportDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it("imports trips once: a second run creates and updates nothing; duplicates are reported", async () => {
    const dir = await subsetFolder();
    const first = await runImport(db.bulk, await openHistoryStateTravels(dir));
    const duplicates = first.skipped;
    expect(duplicates.map((s) => `${s.file}:${s.line} ${s.record}: ${s.reason}`)).toEqual([
      "blinken-antony-j.xml:18 hsg-trip:4019: duplicate: repeats trip 3992 (blinken-antony-j.xml:3)",
      "blinken-antony-j.xml:48 hsg-trip:4020: duplicate: repeats trip 3993 (blinken-antony-j.xml:33)",
    ]);
    const trips = await db.prisma.engagement.count({ where: { externalScheme: "hsg-trip" } });
    expect(trips).toBe((await countTrips(dir)) - duplicates.length);
    const journeys = await db.prisma.engagement.count({ where: { externalScheme: "hsg-journey" } });
    const meetings = await db.prisma.engagement.count({ where: { externalScheme: "hsg-meeting" } });
    const all = trips + journeys + meetings;
    expect(first.counts.engagement).toEqual({ created: all, updated: 0, unchanged: 0, rejected: 0 });

    const second = await runImport(db.bulk, await openHistoryStateTravels(dir));
    expect(second.counts.engagement).toEqual({ created: 0, updated: 0, unchanged: all, rejected: 0 });
    expect(second.counts.actor.created + second.counts.actor.updated).toBe(0);
  });

  it("records a trip with traveller, host, people met, journey and citation", async () => {
    const trip = await db.prisma.engagement.findFirstOrThrow({
      where: { externalScheme: "hsg-trip", externalValue: "3292" },
      include: {
        participants: { include: { actor: true }, orderBy: { position: "asc" } },
        citations: { include: { source: true } },
        parent: true,
        country: { include: { identifiers: true } },
      },
    });
    expect({
      title: trip.title,
      summary: trip.summary,
      city: trip.city,
      start: trip.startDate.toISOString().slice(0, 10),
      end: trip.endDate?.toISOString().slice(0, 10),
      spanEnd: trip.spanEnd.toISOString().slice(0, 10),
      kind: trip.kind,
      participants: trip.participants.map((p) => [p.actor.name, p.role, p.titleAsReported]),
      country: trip.country?.identifiers.map((i) => `${i.scheme}:${i.value}`).sort(),
      parent: trip.parent?.externalValue,
      citations: trip.citations.map((c) => [c.source.externalValue, c.locator]),
      searchText: trip.searchText,
    }).toEqual({
      title: "Dean Gooderham Acheson in Germany (Frankfurt, Bonn)",
      summary: "Met with President Heuss and Chancellor Adenauer.",
      city: "Frankfurt, Bonn",
      start: "1949-11-11",
      end: "1949-11-13",
      spanEnd: "1949-11-13",
      kind: "VISIT",
      participants: [
        ["Dean Gooderham Acheson", "VISITOR", "Secretary of State"],
        ["Germany", "HOST", null],
        ["Heuss", "PARTICIPANT", "President"],
        ["Adenauer", "PARTICIPANT", "Chancellor"],
      ],
      country: ["hsg-country:germany", "iso3166-1-alpha2:DE"],
      parent: "acheson-dean-gooderham/3291",
      citations: [["acheson-dean-gooderham.xml", "acheson-dean-gooderham.xml#3292"]],
      searchText:
        "dean gooderham acheson in germany frankfurt bonn met with president heuss and chancellor adenauer frankfurt bonn",
    });
    const tenure = await db.prisma.tenure.findFirstOrThrow({
      where: { externalValue: "secretary/acheson-dean-gooderham" },
      include: { office: { include: { jurisdiction: true } } },
    });
    expect([
      tenure.office.name,
      tenure.office.jurisdiction.name,
      tenure.startDate?.toISOString().slice(0, 10),
      tenure.endDate?.toISOString().slice(0, 10),
    ]).toEqual(["Secretary of State", "United States", "1949-05-20", "1952-12-20"]);
  });

  it("files a trip to the U.S.S.R. under the Soviet Union, the same actor the visits use", async () => {
    const trip = await db.prisma.engagement.findFirstOrThrow({
      where: { externalScheme: "hsg-trip", externalValue: "970" },
      include: { country: { include: { identifiers: true } }, participants: { include: { actor: true } } },
    });
    expect([trip.title, trip.country?.name, trip.country?.validTo?.toISOString().slice(0, 10)]).toEqual([
      "Cordell Hull in U.S.S.R. (Moscow)",
      "Soviet Union",
      "1991-12-26",
    ]);
    expect(trip.country?.identifiers.map((i) => `${i.scheme}:${i.value}`)).toEqual(["hsg-country:soviet-union"]);
    expect(trip.participants.find((p) => p.role === "HOST")?.actor.name).toBe("Soviet Union");
  });

  it("imports a changed copy it has not seen: the new trip is created, the changed remark updated", async () => {
    const dir = await subsetFolder();
    const file = join(dir, "acheson-dean-gooderham.xml");
    const text = await readFile(file, "utf8");
    const newTrip = `<trip role="secretary" who="acheson-dean-gooderham"><id>99001</id><role>secretary</role><name>Dean Gooderham Acheson</name>
      <start-date>1950-07-01</start-date><end-date>1950-07-02</end-date><country id="canada">Canada</country><locale>Ottawa</locale>
      <remarks>Consulted on defence matters.</remarks></trip></trips>`;
    await writeFile(
      file,
      text
        .replace(
          "Attended 6th Session of the Council of Foreign Ministers.",
          "Attended the Council of Foreign Ministers.",
        )
        .replace("</trips>", newTrip),
    );
    const result = await runImport(db.bulk, await openHistoryStateTravels(dir));
    expect(result.counts.engagement).toMatchObject({ created: 1, updated: 1, rejected: 0 });
    const changed = await db.prisma.engagement.findFirstOrThrow({ where: { externalValue: "3290" } });
    expect([changed.summary, changed.version]).toEqual(["Attended the Council of Foreign Ministers.", 2]);
    const added = await db.prisma.engagement.findFirstOrThrow({
      where: { externalValue: "99001" },
      include: { participants: { include: { actor: true } } },
    });
    expect(added.participants.map((p) => p.actor.name).sort()).toEqual(["Canada", "Dean Gooderham Acheson"]);
  });

  it("accepts a file of the same schema it has not seen, reporting odd dates and unknown countries by record id", async () => {
    const trip = (
      id: number,
      who: string,
      role: string,
      start: string,
      end: string,
      country: string,
      remarks: string,
    ) =>
      `<trip role="${role}" who="${who}"><id>${id}</id><role>${role}</role><name>${who}</name><start-date>${start}</start-date>
       <end-date>${end}</end-date><country id="${country}">${country}</country><locale>Somewhere</locale><remarks>${remarks}</remarks></trip>`;
    const dir = await tempDir();
    await writeFile(
      join(dir, "other.xml"),
      `<?xml version="1.0" encoding="UTF-8"?>\n<trips>\n${[
        trip(91001, "doe-jane", "president", "1990-01-10", "1990-01-12", "france", "Met with President Mitterrand."),
        trip(91002, "doe-jane", "president", "1990-01-12", "1990-01-13", "atlantis", "Toured the city."),
        trip(91003, "doe-jane", "president", "1990-02-30", "1990-03-01", "france", "Odd start."),
        trip(91004, "doe-jane", "president", "1990-05-03", "1990-05-01", "france", "Ends before it starts."),
      ].join("\n")}\n</trips>\n`,
    );
    const result = await runImport(db.bulk, await openHistoryStateTravels(dir));
    expect(result.problems.map((p) => [p.severity, p.record, p.path, p.message])).toEqual([
      [
        "warning",
        "hsg-trip:president/91002",
        "/country",
        'unknown country id "atlantis": identified by hsg-country only',
      ],
      ["error", "hsg-trip:president/91003", "/start", 'invalid date "1990-02-30": February 1990 has days 1 to 28'],
      ["error", "hsg-trip:president/91004", "/end", "ends (1990-05-01) before it starts (1990-05-03)"],
    ]);
    expect(result.counts.engagement).toEqual({ created: 3, updated: 0, unchanged: 0, rejected: 2 });
    const journey = await db.prisma.engagement.findFirstOrThrow({
      where: { externalScheme: "hsg-journey", externalValue: "doe-jane/91001" },
      include: {
        sideEngagements: { orderBy: { externalValue: "asc" } },
        participants: { include: { actor: { include: { tenures: { include: { office: true } } } } } },
      },
    });
    expect(journey.sideEngagements.map((e) => e.externalValue)).toEqual(["president/91001", "president/91002"]);
    expect(journey.participants.map((p) => [p.actor.name, p.actor.tenures.map((t) => t.office.name)])).toEqual([
      ["doe-jane", ["President"]],
    ]);
  });
});
