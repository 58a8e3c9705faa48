// The issue's checks on the Secretaries' travels (../shared/data): trips per Secretary per year against a
// count made from the XML files themselves, and each Secretary's counterparts listed once each.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { toGlobalId } from "../src/common/global-id";
import { findSharedData } from "./support/shared-data";
import { startTestServer, type TestServer } from "./support/test-server";

const travels = join(findSharedData(), "history-state-travels");
const files = join(travels, "secretary-travels");
const available = existsSync(files);
if (!available) process.stdout.write(`skipped the travels' analytics: ${files} not found (set ACCORD_SHARED_DATA)\n`);
const cli = join(__dirname, "../../cli/dist/main.js");

type Trip = { who: string; id: string; start: string; end: string; key: string };
const text = (trip: string, tag: string) =>
  (new RegExp(`<${tag}(?: [^>]*)?>([\\s\\S]*?)</${tag}>`).exec(trip)?.[1] ?? "").replace(/\s+/g, " ").trim();
const realDay = (day: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(day) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);

/**
 * Trips per traveller per year, read from the XML with a regular expression (not the importer's parser):
 * a trip repeating an earlier one (same id, or same traveller, dates, country, locale and remarks) once;
 * a trip whose dates are no real days or end before they start not at all, as the importer rejects it.
 */
function tripsFromXml(): Map<string, Map<number, number>> {
  const seenIds = new Set<string>();
  const seenKeys = new Set<string>();
  const counts = new Map<string, Map<number, number>>();
  for (const file of readdirSync(files).filter((name) => name.endsWith(".xml"))) {
    for (const [trip] of readFileSync(join(files, file), "utf8").matchAll(/<trip [\s\S]*?<\/trip>/g)) {
      const who = /who="([^"]+)"/.exec(trip)![1]!;
      const country = /<country id="([^"]*)"/.exec(trip)?.[1] ?? "";
      const t: Trip = {
        who,
        id: text(trip, "id"),
        start: text(trip, "start-date"),
        end: text(trip, "end-date"),
        key: "",
      };
      t.key = [who, t.start, t.end, country, text(trip, "locale"), text(trip, "remarks")].join("|");
      if (!realDay(t.start) || (t.end && (!realDay(t.end) || t.end < t.start))) continue;
      if (seenIds.has(t.id) || seenKeys.has(t.key)) continue;
      seenIds.add(t.id);
      seenKeys.add(t.key);
      const years = counts.get(who) ?? new Map<number, number>();
      const year = Number(t.start.slice(0, 4));
      years.set(year, (years.get(year) ?? 0) + 1);
      counts.set(who, years);
    }
  }
  return counts;
}

(available ? describe : describe.skip)("analytics of the Secretaries' travels", () => {
  let t: TestServer;
  let secretaries: Map<string, string>;

  beforeAll(async () => {
    t = await startTestServer();
    execFileSync(process.execPath, [cli, "import", "--format", "history-state-travels", travels], {
      env: { ...process.env, DATABASE_URL: t.db.url },
      stdio: "ignore",
    });
    const people = await t.db.prisma.actorIdentifier.findMany({ where: { scheme: "hsg-person" } });
    secretaries = new Map(people.map((p) => [p.value, toGlobalId("Actor", p.actorId)]));
  }, 300_000);

  afterAll(() => t?.close());

  it("gives every Secretary's trips per year as the XML files count them", async () => {
    const expected = tripsFromXml();
    expect(expected.size).toBeGreaterThan(30);
    const byId = new Map([...secretaries].map(([who, id]) => [id, who]));
    // One request: the trips (not the journeys made of them) of all the travellers, by traveller and year.
    const result = await t.gql<{
      engagementCounts: { participant: { id: string } | null; year: number; count: number }[];
    }>(
      `query($who: [ID!]) { engagementCounts(filter: { participants: { anyOf: $who }, hasSideEngagements: false },
        groupBy: [PARTICIPANT, YEAR]) { participant { id } year count } }`,
      { who: [...secretaries.values()] },
    );
    expect(result.errors).toBeUndefined();
    const actual = new Map<string, Map<number, number>>();
    for (const group of result.data!.engagementCounts) {
      const who = group.participant && byId.get(group.participant.id);
      if (!who) continue;
      actual.set(who, (actual.get(who) ?? new Map()).set(group.year, group.count));
    }
    const sorted = (m: Map<string, Map<number, number>>) =>
      Object.fromEntries([...m].sort().map(([who, years]) => [who, Object.fromEntries([...years].sort())]));
    expect(sorted(actual)).toEqual(sorted(expected));
  });

  it("lists each Secretary's counterparts once each, every person met among them", async () => {
    for (const [who, id] of secretaries) {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: {
          counterparts: {
            edges: { node: { actor: { id: string }; count: number } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        } = (
          await t.gql(
            `query($id: ID!, $after: String) { counterparts(actor: $id, first: 100, after: $after) {
              edges { node { actor { id } count } } pageInfo { hasNextPage endCursor } } }`,
            { id, after },
          )
        ).data as never;
        seen.push(...page.counterparts.edges.map((edge) => edge.node.actor.id));
        if (!page.counterparts.pageInfo.hasNextPage) break;
        after = page.counterparts.pageInfo.endCursor;
      }
      // The people met, from the participants of the Secretary's trips (the records' "Met with …").
      const met = await t.db.prisma.$queryRaw<{ id: string }[]>`
        SELECT DISTINCT q.actor_id::text AS id FROM participant p
          JOIN actor_identifier i ON i.actor_id = p.actor_id AND i.scheme = 'hsg-person' AND i.value = ${who}
          JOIN participant q ON q.engagement_id = p.engagement_id AND q.actor_id <> p.actor_id
          JOIN actor a ON a.id = q.actor_id AND a.kind = 'PERSON'`;
      expect({ who, duplicates: seen.filter((actor, i) => seen.indexOf(actor) !== i) }).toEqual({
        who,
        duplicates: [],
      });
      const missing = met.map((m) => toGlobalId("Actor", m.id)).filter((actor) => !seen.includes(actor));
      expect({ who, missing }).toEqual({ who, missing: [] });
    }
  });
});
