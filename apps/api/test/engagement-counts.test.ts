import { engagementDimensions } from "../src/analytics/engagement-counts.service";
import { EngagementCountGroupBy as G } from "../src/analytics/engagement-counts.type";
import { countsSource } from "../src/analytics/engagement-tally.sql";
import { EngagementKind, EngagementStatus } from "../src/common/enums";
import { toGlobalId } from "../src/common/global-id";
import type { EngagementFilter } from "../src/engagements/engagement.input";
import { describeExactnessOnGeneratedData, engagementCounts, type Group } from "./support/engagement-counts-exactness";
import { seedActorId } from "./support/seed-ids";
import { useTestServer } from "./support/test-server";

const t = useTestServer({ seed: true });

const actorId = (key: string) => seedActorId(t.db.prisma, key);

const counts = (variables: Record<string, unknown>) => engagementCounts(t, variables);

describe("engagementCounts on the seed", () => {
  it("gives the ROK–NATO meetings by year: 2024: 1, 2025: 2", async () => {
    const groups = await counts({
      filter: { participants: { allOf: [await actorId("rok"), await actorId("nato")] } },
      groupBy: ["YEAR"],
    });
    expect(groups.map(({ period, count }) => ({ period, count }))).toEqual([
      { period: "2024", count: 1 },
      { period: "2025", count: 2 },
    ]);
  });
});

describe("the partial-date rule", () => {
  let filter: Record<string, unknown>;

  beforeAll(async () => {
    const country = await t.db.prisma.actor.create({ data: { kind: "STATE", name: "Partialand" } });
    const dated = (startDate: string, startPrecision: "DAY" | "MONTH" | "YEAR", spanEnd: string) => ({
      kind: "BRIEFING" as const,
      title: `Briefing ${startDate} ${startPrecision}`,
      startDate: new Date(startDate),
      startPrecision,
      spanEnd: new Date(spanEnd),
      countryId: country.id,
    });
    await t.db.prisma.engagement.createMany({
      data: [
        dated("2024-01-01", "YEAR", "2024-12-31"),
        dated("2024-01-15", "DAY", "2024-01-15"),
        dated("2024-03-01", "MONTH", "2024-03-31"),
        dated("2025-01-01", "DAY", "2025-01-01"),
      ],
    });
    filter = { country: toGlobalId("Actor", country.id) };
  });

  it("counts a year-only date in its year and in the unknown month and quarter of that year, never in January", async () => {
    const short = (groups: Group[]) => groups.map(({ period, count }) => `${period}: ${count}`);
    expect(short(await counts({ filter, groupBy: ["YEAR"] }))).toEqual(["2024: 3", "2025: 1"]);
    expect(short(await counts({ filter, groupBy: ["MONTH"] }))).toEqual([
      "2024-01: 1",
      "2024-03: 1",
      "2024-XX: 1",
      "2025-01: 1",
    ]);
    expect(short(await counts({ filter, groupBy: ["QUARTER"] }))).toEqual(["2024-Q1: 2", "2024-QX: 1", "2025-Q1: 1"]);
    const [unknownMonth] = await counts({ filter: { ...filter, date: { to: "2024-12-31" } }, groupBy: ["MONTH"] }).then(
      (groups) => groups.filter((g) => g.month === null),
    );
    expect(unknownMonth).toMatchObject({ year: 2024, month: null, quarter: null, count: 1, firstPrecision: "YEAR" });
  });

  it("reports first and last dates with their precision, a coarser date first at the same day", async () => {
    const [total] = await counts({ filter: { ...filter, date: { to: "2024-12-31" } }, groupBy: [] });
    expect(total).toMatchObject({
      period: null,
      count: 3,
      firstDate: "2024-01-01",
      firstPrecision: "YEAR",
      lastDate: "2024-03-01",
      lastPrecision: "MONTH",
    });
  });

  it("orders by count when asked", async () => {
    const groups = await counts({ filter, groupBy: ["YEAR"], orderBy: "COUNT" });
    expect(groups.map((g) => [g.year, g.count])).toEqual([
      [2024, 3],
      [2025, 1],
    ]);
  });

  it("returns no group when nothing matches", async () => {
    expect(await counts({ filter: { ...filter, kind: ["SUMMIT"] }, groupBy: [] })).toEqual([]);
  });
});

// 1,500 engagements in engagement-counts-generated.slow.test.ts.
describeExactnessOnGeneratedData(t, { actors: 300, engagements: 300 });

describe("the summary table a grouping reads", () => {
  it("reads engagement_tally exactly when the grouping and filter stay within its keys", () => {
    const rows = { from: "engagement e", dimensions: engagementDimensions };
    const from = (filter: EngagementFilter | null, groupBy: G[]) => countsSource(rows, filter, groupBy).from;
    expect(from(null, [G.YEAR, G.KIND])).toBe("engagement_year_tally e");
    expect(from(null, [G.STATUS])).toBe("engagement_year_tally e");
    expect(from(null, [G.YEAR, G.QUARTER])).toBe("engagement_month_total e");
    expect(from(null, [G.MONTH])).toBe("engagement_month_total e");
    expect(from(null, [G.MONTH, G.KIND])).toBe("engagement_tally e");
    expect(from({ status: [EngagementStatus.HELD] }, [G.QUARTER])).toBe("engagement_tally e");
    expect(from({ kind: [EngagementKind.CALL], status: null }, [G.MONTH, G.STATUS])).toBe("engagement_tally e");
    expect(from(null, [G.YEAR, G.COUNTRY])).toBe("engagement e");
    expect(from({ country: "x" }, [G.YEAR])).toBe("engagement e");
    // One country's kinds and statuses: its rows of the key tally, the filter reading the key as country_id.
    expect(from({ country: "x", kind: [EngagementKind.CALL] }, [G.STATUS])).toMatch(/engagement_key_tally t\) e$/);
    expect(from({ country: "x", date: { from: new Date() } }, [G.STATUS])).toBe("engagement e");
    // One country by one other key alone: its rows of the country key tally.
    for (const key of [G.TOPIC, G.PARTICIPANT, G.REPRESENTED]) {
      expect(from({ country: "x" }, [key])).toBe("engagement_country_key_tally e");
      expect(from({ country: "x" }, [key, G.KIND])).toBe("engagement e");
      expect(from({ country: "x", status: [EngagementStatus.HELD] }, [key])).toBe("engagement e");
    }
    expect(from({ country: "x" }, [G.PARTICIPANT, G.TOPIC])).toBe("engagement e");
    expect(from({ date: { from: new Date() } }, [G.KIND])).toBe("engagement e");
    for (const key of [G.COUNTRY, G.TOPIC, G.PARTICIPANT, G.REPRESENTED]) {
      expect(from(null, [key])).toBe("engagement_key_total e");
      expect(from(null, [G.STATUS, key])).toBe("engagement_key_tally e");
      expect(from({ kind: [EngagementKind.CALL] }, [key])).toBe("engagement_key_tally e");
      expect(from(null, [key, G.YEAR])).toBe("engagement e");
    }
    expect(from(null, [G.COUNTRY, G.TOPIC])).toBe("engagement e");
  });
});

describe("the bound on groups", () => {
  let country: { id: string };
  beforeAll(async () => {
    country = await t.db.prisma.actor.create({ data: { kind: "STATE", name: "Old Country" } });
    await t.db.prisma.engagement.createMany({
      data: Array.from({ length: 501 }, (_, i) => ({
        kind: "VISIT" as const,
        title: `Visit ${1500 + i}`,
        startDate: new Date(Date.UTC(1500 + i, 0, 1)),
        spanEnd: new Date(Date.UTC(1500 + i, 0, 1)),
        countryId: country.id,
      })),
    });
  });

  it("refuses a grouping with more groups than its price (500 years) instead of cutting it short", async () => {
    const result = await t.gql(
      `query($c: ID) { engagementCounts(filter: { country: $c }, groupBy: [YEAR]) { count } }`,
      {
        c: toGlobalId("Actor", country.id),
      },
    );
    expect(result.errors?.[0]).toMatchObject({
      message: "groupBy: more than 500 groups; narrow the filter or group by fewer keys",
      extensions: { code: "BAD_USER_INPUT", field: "groupBy" },
    });
  });

  it("cuts a grouping at first: N instead of refusing it, and refuses first over 10,000", async () => {
    const top = await t.gql<{ engagementCounts: Group[] }>(
      `query($c: ID) { engagementCounts(filter: { country: $c }, groupBy: [YEAR], first: 3) { period count } }`,
      { c: toGlobalId("Actor", country.id) },
    );
    expect(top.errors).toBeUndefined();
    expect(top.data?.engagementCounts).toEqual([
      { period: "1500", count: 1 },
      { period: "1501", count: 1 },
      { period: "1502", count: 1 },
    ]);
    const over = await t.gql(`{ engagementCounts(groupBy: [PARTICIPANT], first: 10001) { count } }`);
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });
});
