import { maxCountGroups } from "../src/analytics/counts.sql";
import { engagementCountsWork } from "../src/analytics/engagement-counts.service";
import { statementCountsWork } from "../src/analytics/statement-counts.service";
import type { Work } from "../src/limits/work";
import { generateEngagements } from "./support/generate-engagements";
import { useTestServer } from "./support/test-server";

const t = useTestServer({ seed: true });

beforeAll(async () => {
  await generateEngagements(t.db.prisma, { actors: 300, engagements: 300 });
});

/** The answer's groups and the price the server reported (extensions.cost), one node a group ({ count }). */
async function priced(field: string, groupBy: string[], args: string) {
  const query = `{ ${field}(groupBy: [${groupBy.join(", ")}]${args}) { count } }`;
  const response = await fetch(t.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as {
    data?: Record<string, unknown[]>;
    errors?: unknown[];
    extensions?: { cost?: { requested: number } };
  };
  expect(body.errors).toBeUndefined();
  return { groups: body.data![field]!.length, price: body.extensions!.cost!.requested };
}

const pairs = (keys: string[]) => keys.flatMap((a, i) => keys.slice(i + 1).map((b) => [a, b]));

// The shapes of every grouping: no key, each key alone and every two keys, whole, ranked top 3 and first 3 by keys.
const groupings: { field: string; keys: string[]; work: Work }[] = [
  {
    field: "engagementCounts",
    keys: ["YEAR", "QUARTER", "MONTH", "KIND", "STATUS", "COUNTRY", "TOPIC", "PARTICIPANT", "REPRESENTED"],
    work: engagementCountsWork,
  },
  {
    field: "statementCounts",
    keys: ["YEAR", "QUARTER", "MONTH", "SPEAKER", "KIND", "TOPIC"],
    work: statementCountsWork,
  },
];
const first = 3;
const pages = [
  { args: "", first: undefined, orderBy: "KEYS" },
  { args: `, orderBy: COUNT, first: ${first}`, first, orderBy: "COUNT" },
  { args: `, first: ${first}`, first, orderBy: "KEYS" },
];

test.each(groupings)(
  "every $field grouping is priced at least its groups and at most its page, plus the rows it reads",
  async ({ field, keys, work }) => {
    const wrong: string[] = [];
    for (const groupBy of [[], ...keys.map((key) => [key]), ...pairs(keys)]) {
      for (const page of pages) {
        const { groups, price } = await priced(field, groupBy, page.args);
        const read = Math.min(work.byArgs!({ groupBy, orderBy: page.orderBy, first: page.first }), work.nodes);
        const pricedGroups = price - read;
        const shape = `${groupBy.join(",") || "none"}${page.args}`;
        // The answer fits its price; with first, the price is that page's (not the 10,000 an actor key could make).
        if (pricedGroups < groups) wrong.push(`${shape}: ${groups} groups priced ${pricedGroups}`);
        if (page.first !== undefined && pricedGroups > page.first)
          wrong.push(`${shape}: ${pricedGroups} groups priced for a page of ${page.first}`);
        if (pricedGroups > maxCountGroups) wrong.push(`${shape}: priced ${pricedGroups} groups`);
        // A ranking read from a key total reads its page: at most twice the page in all.
        if (page.orderBy === "COUNT" && read <= first && price > 2 * first)
          wrong.push(`${shape}: ${groups} groups priced ${price} in all`);
      }
    }
    expect(wrong).toEqual([]);
  },
);

test("a ranking of the most frequent participants or speakers costs its page, not a scan", async () => {
  const top = await priced("engagementCounts", ["PARTICIPANT"], ", orderBy: COUNT, first: 20");
  expect(top).toEqual({ groups: 20, price: 20 + 20 });
  expect(await priced("statementCounts", ["SPEAKER"], ", orderBy: COUNT, first: 20")).toEqual({
    groups: 20,
    price: 20 + 20,
  });
  // A filter no summary answers groups every matching row: its work is a scan's.
  const filtered = await priced(
    "engagementCounts",
    ["PARTICIPANT"],
    ', filter: { kind: [CALL], topicSlug: "t1" }, orderBy: COUNT, first: 20',
  );
  expect(filtered.price).toBe(engagementCountsWork.nodes + 20);
});
