// counts-pricing.test.ts and its slow companion: a seeded server with 300 generated engagements, and the check of
// every shape of a grouping (whole, ranked top 3, first 3 by keys) against the price the server reports.
import { maxCountGroups } from "../../src/analytics/counts.sql";
import { engagementCountsWork } from "../../src/analytics/engagement-counts.service";
import { statementCountsWork } from "../../src/analytics/statement-counts.service";
import { loadLimitsConfig } from "../../src/limits/limits.config";
import type { Work } from "../../src/limits/work";
import { generateEngagements } from "./generate-engagements";
import { useTestServer } from "./test-server";

const defaultLimits = loadLimitsConfig({});

export type Grouping = { field: string; keys: string[]; work: Work };

export const groupings: Grouping[] = [
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

/** No key and each key alone: the fast tier's sample. */
export const singleKeys = (keys: string[]) => [[], ...keys.map((key) => [key])];
/** Every two keys: the slow tier's. */
export const keyPairs = (keys: string[]) => keys.flatMap((a, i) => keys.slice(i + 1).map((b) => [a, b]));

const first = 3;
const pages = [
  { args: "", first: undefined, orderBy: "KEYS" },
  { args: `, orderBy: COUNT, first: ${first}`, first, orderBy: "COUNT" },
  { args: `, first: ${first}`, first, orderBy: "KEYS" },
];

/** The calling file's server, and the pricing checks against it. */
export function usePricedCounts() {
  // Every shape is run and priced, the dearest (keys over two lists, priced over the default limit) too.
  const t = useTestServer({ seed: true, limits: { ...defaultLimits, maxCost: 10 * defaultLimits.maxCost } });
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

  /** What is wrong with the price of each of the groupings' shapes (whole, ranked top 3, first 3 by keys). */
  async function mispriced({ field, work }: Grouping, groupBys: string[][]): Promise<string[]> {
    const wrong: string[] = [];
    for (const groupBy of groupBys) {
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
    return wrong;
  }

  return { priced, mispriced };
}
