import { cp } from "node:fs/promises";
import { join } from "node:path";
import { likelyDuplicates, loadPeople, openHistoryStateTravels, openHistoryStateVisits } from "../src";
import {
  createImportDatabase,
  fixtures,
  type ImportDatabase,
  runImport,
  tempDir,
  travelsFixture,
  visitsFixture,
} from "./support/helpers";

// Secretaries' and presidents' travels and the visits (the fixture's years and later ones) in one
// database: each import twice creates nothing the second time, and the people and countries the
// sources share are one actor each.
describe("one person, one actor across travels and visits", () => {
  let db: ImportDatabase;
  let travels: string;
  let visits: string;
  beforeAll(async () => {
    db = await createImportDatabase();
    travels = await tempDir();
    await cp(travelsFixture, travels, { recursive: true });
    await cp(join(fixtures, "hsg-more-travels", "secretary-travels"), join(travels, "more-secretary-travels"), {
      recursive: true,
    });
    visits = await tempDir();
    await cp(visitsFixture, visits, { recursive: true });
    await cp(join(fixtures, "hsg-later-visits", "visits"), join(visits, "later-visits"), { recursive: true });
  });
  afterAll(async () => {
    await db.close();
  });

  const created = (r: Awaited<ReturnType<typeof runImport>>) =>
    [r.counts.actor.created, r.counts.engagement.created, r.counts.source.created].join("/");

  it("imports each source twice, the second time creating nothing", async () => {
    const firstTravels = await runImport(db.bulk, await openHistoryStateTravels(travels));
    expect(firstTravels.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(created(await runImport(db.bulk, await openHistoryStateTravels(travels)))).toBe("0/0/0");
    const firstVisits = await runImport(db.bulk, await openHistoryStateVisits(visits));
    expect(firstVisits.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(created(await runImport(db.bulk, await openHistoryStateVisits(visits)))).toBe("0/0/0");
    // The travels again, now that the visits named people in full: nothing new, nothing to merge.
    const again = await runImport(db.bulk, await openHistoryStateTravels(travels));
    expect(created(again)).toBe("0/0/0");
    expect(again.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(created(await runImport(db.bulk, await openHistoryStateTravels(travels)))).toBe("0/0/0");
    expect(again.counts.actor.rejected + again.counts.engagement.rejected).toBe(0);
  });

  const person = async (name: string) => {
    const actors = await db.prisma.actor.findMany({
      where: { kind: "PERSON", OR: [{ name }, { aliases: { some: { name } } }] },
      include: {
        identifiers: { orderBy: { value: "asc" } },
        participations: { include: { represents: true, engagement: true } },
      },
    });
    return actors.map((a) => ({
      name: a.name,
      keys: a.identifiers.map((i) => i.value),
      engagements: a.participations.map((p) => `${p.engagement.externalScheme}:${p.engagement.externalValue}`).sort(),
      represents: [...new Set(a.participations.map((p) => p.represents?.name ?? null))],
    }));
  };

  it("makes one actor of a person named in several ways, countries and sources", async () => {
    expect(await person("Kohl")).toEqual([
      {
        name: "Helmut Kohl",
        keys: ["germany/chancellor-kohl-1980s", "germany/helmut-kohl"],
        engagements: ["hsg-trip:president/2329", "hsg-visit:510", "hsg-visit:676", "hsg-visit:760"],
        represents: ["Germany, Federal Republic of"],
      },
    ]);
    // Erdoğan under turkey and turkiye, with and without his given names, in travels and visits.
    expect(await person("Erdogan")).toEqual([
      {
        name: "Recep Tayyip Erdoğan",
        keys: ["turkey/prime-minister-erdogan-2000s", "turkey/recep-tayyip-erdogan", "turkiye/recep-tayyip-erdogan"],
        engagements: ["hsg-trip:1626", "hsg-trip:4194", "hsg-visit:91001", "hsg-visit:91002"],
        represents: ["Türkiye"],
      },
    ]);
    expect((await person("Netanyahu")).map((p) => [p.name, p.engagements])).toEqual([
      ["Benjamin Netanyahu", ["hsg-trip:34", "hsg-trip:56", "hsg-visit:91003"]],
    ]);
    // "Japanese Prime Minister Kishida Fumio" (family name first) and "Prime Minister Fumio Kishida".
    expect((await person("Fumio Kishida")).map((p) => [p.engagements, p.represents])).toEqual([
      [["hsg-trip:president/4104", "hsg-visit:91004"], ["Japan"]],
    ]);
  });

  it("gives a leader met at a summit abroad their own country, not the host's", async () => {
    const summit = await db.prisma.engagement.findFirstOrThrow({
      where: { externalScheme: "hsg-trip", externalValue: "president/4117" },
      include: { participants: { include: { actor: true, represents: true }, orderBy: { position: "asc" } } },
    });
    expect(summit.participants.map((p) => [p.actor.name, p.role, p.represents?.name ?? null])).toEqual([
      ["Joseph R. Biden", "VISITOR", "United States"],
      ["Italy", "HOST", null],
      ["Mario Draghi", "PARTICIPANT", "Italy"],
      // Known from no other record: the remark does not say whose leader he is, so no country.
      ["Emmanuel Macron", "PARTICIPANT", null],
      ["Angela Merkel", "PARTICIPANT", "Germany, Federal Republic of"],
      ["Boris Johnson", "PARTICIPANT", "United Kingdom"],
      ["Group of Twenty", "PARTICIPANT", null],
    ]);
  });

  it("leaves no likely duplicate among the people, and one actor per country", async () => {
    expect(likelyDuplicates(await loadPeople(db.bulk))).toEqual([]);
    const byIso = await db.bulk.$queryRawUnsafe<{ value: string; actors: number }[]>(
      `SELECT value, count(DISTINCT actor_id)::int AS actors FROM actor_identifier WHERE scheme = 'iso3166-1-alpha2' GROUP BY value HAVING count(DISTINCT actor_id) > 1`,
    );
    expect(byIso).toEqual([]);
    const turkey = await db.prisma.actor.findMany({
      where: { identifiers: { some: { scheme: "iso3166-1-alpha2", value: "TR" } } },
      include: { identifiers: true },
    });
    expect(turkey.map((t) => t.identifiers.map((i) => `${i.scheme}:${i.value}`).sort())).toEqual([
      ["hsg-country:turkey", "hsg-country:turkiye", "iso3166-1-alpha2:TR"],
    ]);
  });
});
