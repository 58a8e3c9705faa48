import { toGlobalId } from "../../src/common/global-id";
import {
  type CountShape,
  countedInRows,
  type EngagementWithKeys,
  engagementsWithKeys,
  matchingEngagementIds,
} from "./counts-check";
import { generatedUuid, generateEngagements } from "./generate-engagements";
import { countryKeyTallyDrift, keyTallyDrift, tallyDrift } from "./tally-check";
import type { TestServer } from "./test-server";

const countsQuery = `query($filter: EngagementFilter, $groupBy: [EngagementCountGroupBy!]!, $orderBy: CountOrder) {
  engagementCounts(filter: $filter, groupBy: $groupBy, orderBy: $orderBy) {
    period year quarter month kind status count firstDate firstPrecision lastDate lastPrecision
    country { id } topic { id } participant { id } represented { id } } }`;

const firstQuery = countsQuery
  .replace("$orderBy: CountOrder)", "$orderBy: CountOrder, $first: Int = 3)")
  .replace("orderBy: $orderBy)", "orderBy: $orderBy, first: $first)");

export type Group = Record<string, unknown>;

/** engagementCounts through the API, with every field of a group. */
export async function engagementCounts(t: TestServer, variables: Record<string, unknown>): Promise<Group[]> {
  const result = await t.gql<{ engagementCounts: Group[] }>(countsQuery, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.engagementCounts;
}

// Each shape a [filter, groupBy] pair; the comments say which summary table serves it.
const shapes = (state: string, actors: string[]): CountShape[] => [
  [null, ["YEAR"]],
  [null, ["MONTH", "KIND"]],
  [{ date: { from: "2010-01-01", to: "2012-06-30" } }, ["QUARTER", "STATUS"]],
  [{ participants: { anyOf: [state] } }, ["PARTICIPANT"]],
  [{ participants: { anyOf: [state] } }, ["REPRESENTED", "YEAR"]],
  [{ kind: ["CALL", "VISIT"] }, ["TOPIC", "COUNTRY"]],
  [{ topicSlug: "t1" }, ["TOPIC"]],
  [{ text: "word5" }, []],
  // Read from engagement_tally (or engagement_year_tally, without quarters and months): periods, kinds and
  // statuses under kind and status filters.
  [{ kind: ["CALL", "VISIT"], status: ["HELD", "PLANNED"] }, ["QUARTER", "STATUS"]],
  [{ status: ["HELD"] }, ["MONTH"]],
  // engagement_month_total: months or quarters of every kind and status.
  [null, ["MONTH"]],
  [null, ["QUARTER"]],
  [null, []],
  [{ kind: ["CALL", "VISIT"] }, ["YEAR", "STATUS"]],
  [null, ["KIND"]],
  // Read from engagement_key_total or engagement_key_tally: one key dimension, with kind and status.
  [null, ["COUNTRY"]],
  [null, ["TOPIC"]],
  [null, ["PARTICIPANT"]],
  [null, ["REPRESENTED"]],
  [null, ["COUNTRY", "STATUS"]],
  [null, ["KIND", "TOPIC"]],
  [{ kind: ["CALL"] }, ["PARTICIPANT"]],
  [{ status: ["HELD"], kind: ["VISIT", "SUMMIT"] }, ["REPRESENTED", "KIND", "STATUS"]],
  // engagement_key_tally's rows of one country: its kinds and statuses, or its total.
  [{ country: state }, ["KIND", "STATUS"]],
  [{ country: state, kind: ["CALL", "VISIT"] }, ["COUNTRY"]],
  [{ country: state }, []],
  // engagement_country_key_tally's rows of one country: its participants, topics, represented actors.
  [{ country: state }, ["PARTICIPANT"]],
  [{ country: state }, ["TOPIC"]],
  [{ country: state }, ["REPRESENTED"]],
  // A key with a period or two keys, grouped from the engagements a filter finds (bench A32–A37); id lists up to
  // 32 long are one parameter a value (uuidList), longer ones one array.
  [{ participants: { anyOf: [state] } }, ["PARTICIPANT", "YEAR"]],
  [{ participants: { anyOf: [state] } }, ["TOPIC", "YEAR"]],
  [{ participants: { anyOf: actors.slice(0, 2), allOf: [state] } }, ["YEAR"]],
  [{ participants: { anyOf: actors } }, ["QUARTER"]],
  [{ date: { from: "2005-01-01", to: "2014-12-31" } }, ["COUNTRY", "YEAR"]],
  [{ date: { from: "2008-01-01", to: "2012-12-31" } }, ["REPRESENTED"]],
  [{ country: state }, ["KIND", "QUARTER"]],
  [{ topicSlug: "t1" }, ["MONTH"]],
];

/**
 * Generates `size` engagements (a seventh of them dated by year only, another seventh by month, so the unknown
 * buckets are exercised), then checks engagementCounts against paging through engagements and counting, and
 * the summary tables against a recount.
 */
export function describeExactnessOnGeneratedData(t: TestServer, size: { actors: number; engagements: number }) {
  describe(`exactness on ${size.engagements} generated engagements`, () => {
    beforeAll(async () => {
      await generateEngagements(t.db.prisma, size);
      await t.db.prisma.$executeRawUnsafe(`UPDATE engagement SET start_precision = 'YEAR',
        start_date = date_trunc('year', start_date), span_end = date_trunc('year', start_date) + interval '1 year - 1 day'
        WHERE title LIKE 'Meeting %' AND substr(title, 9)::int % 7 = 0`);
      await t.db.prisma.$executeRawUnsafe(`UPDATE engagement SET start_precision = 'MONTH',
        start_date = date_trunc('month', start_date), span_end = date_trunc('month', start_date) + interval '1 month - 1 day'
        WHERE title LIKE 'Meeting %' AND substr(title, 9)::int % 7 = 3`);
    });

    it("equals paging through engagements with the same filter and counting", async () => {
      const state = toGlobalId("Actor", await generatedUuid(t.db.prisma, "a", 3));
      const ids = Array.from({ length: 33 }, (_, i) => generatedUuid(t.db.prisma, "a", 10 + i));
      const actors = (await Promise.all(ids)).map((id) => toGlobalId("Actor", id));
      // Nothing writes during the test: each filter's engagements are paged through and read once, for every
      // grouping of that filter.
      const engagementsOf = new Map<string, Promise<EngagementWithKeys[]>>();
      for (const [filter, groupBy] of shapes(state, actors)) {
        const key = JSON.stringify(filter);
        if (!engagementsOf.has(key)) {
          engagementsOf.set(
            key,
            matchingEngagementIds(t, filter).then((ids) => engagementsWithKeys(t.db.prisma, ids)),
          );
        }
        const expected = countedInRows(await engagementsOf.get(key)!, groupBy);
        const actual = await engagementCounts(t, { filter, groupBy });
        expect({ filter, groupBy, groups: actual }).toEqual({ filter, groupBy, groups: expected });
      }
      expect(await tallyDrift(t.db.prisma)).toEqual([]);
      expect(await keyTallyDrift(t.db.prisma)).toEqual([]);
      expect(await countryKeyTallyDrift(t.db.prisma)).toEqual([]);
    });

    it("finds with allOf (and anyOf) the engagements every one of those filters finds alone", async () => {
      const actor = async (n: number) => toGlobalId("Actor", await generatedUuid(t.db.prisma, "a", n));
      const [a, b, c, d] = await Promise.all([3, 4, 5, 6].map(actor));
      const alone = await Promise.all(
        [[a], [b], [c, d]].map((anyOf) => matchingEngagementIds(t, { participants: { anyOf } })),
      );
      const both = alone[0]!.filter((id) => alone[1]!.includes(id));
      expect(both.length).toBeGreaterThan(0);
      const sorted = (ids: string[]) => [...ids].sort();
      expect(sorted(await matchingEngagementIds(t, { participants: { allOf: [a, b] } }))).toEqual(sorted(both));
      expect(sorted(await matchingEngagementIds(t, { participants: { anyOf: [c, d], allOf: [a, b] } }))).toEqual(
        sorted(both.filter((id) => alone[2]!.includes(id))),
      );
    });

    it("gives with first: 3 the first 3 groups of the whole answer", async () => {
      const state = toGlobalId("Actor", await generatedUuid(t.db.prisma, "a", 3));
      const shapes: [object | null, string[], string][] = [
        [null, ["PARTICIPANT"], "COUNT"],
        [null, ["TOPIC", "STATUS"], "COUNT"],
        [{ participants: { anyOf: [state] } }, ["YEAR"], "KEYS"],
        [{ participants: { anyOf: [state] } }, ["COUNTRY"], "COUNT"],
        [{ country: state }, ["PARTICIPANT"], "COUNT"],
      ];
      for (const [filter, groupBy, orderBy] of shapes) {
        const all = await engagementCounts(t, { filter, groupBy, orderBy });
        expect({ groupBy, more: all.length > 3 }).toEqual({ groupBy, more: true });
        const top = await t.gql<{ engagementCounts: Group[] }>(firstQuery, { filter, groupBy, orderBy });
        expect({ groupBy, groups: top.data?.engagementCounts }).toEqual({ groupBy, groups: all.slice(0, 3) });
      }
    });
  });
}
