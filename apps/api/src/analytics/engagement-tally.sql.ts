import { required } from "@accord/domain";
import type { EngagementFilter } from "../engagements/engagement.input";
import type { Dimension, Measures } from "./counts.sql";
import { EngagementCountGroupBy as G } from "./engagement-counts.type";

/** Where engagementCounts reads its rows: the engagement table or a summary of it, aliased `e` either way. */
export type CountsSource = { from: string; dimensions: Record<G, Dimension>; measures?: Measures; where?: string };

// What the summary tables hold: engagement_tally (migration 20261205191900) counts per (year, month or 0,
// kind, status), engagement_year_tally (20261206064500) the same per (year, kind, status);
// engagement_key_tally and engagement_key_total (migration 20261205235500) per key of one dimension, with
// and without kind and status.
const periodKeys = new Set<G>([G.YEAR, G.QUARTER, G.MONTH]);
const finePeriods = new Set<G>([G.QUARTER, G.MONTH]);
const keyDims = new Map<G, number>([
  [G.COUNTRY, 1],
  [G.TOPIC, 2],
  [G.PARTICIPANT, 3],
  [G.REPRESENTED, 4],
]);
const kindStatus = new Set<G>([G.KIND, G.STATUS]);
const summaryFilters = new Set<keyof EngagementFilter>(["kind", "status"]);
const summedMeasures: Measures = { count: "sum(e.count)", first: "min(e.first_key)", last: "max(e.last_key)" };

/**
 * The summary that holds the answer, so counts cost the same at any data size: engagement_tally for
 * periods, kinds and statuses (engagement_year_tally without quarters and months); engagement_key_tally
 * (or _total, without kind and status) for one of country, topic, participant or represented actor, with
 * kind and status. Filters on kind and status only.
 * Anything else (two key dimensions, a key with a period, other filters) groups `rows`.
 */
export function countsSource(
  rows: CountsSource,
  filter: EngagementFilter | null | undefined,
  groupBy: G[],
): CountsSource {
  const filters = Object.entries(filter ?? {})
    .filter(([, value]) => value != null)
    .map(([name]) => name as keyof EngagementFilter);
  if (!filters.every((name) => summaryFilters.has(name))) return rows;
  const keys = [...new Set(groupBy)];
  if (keys.every((key) => periodKeys.has(key) || kindStatus.has(key))) {
    return keys.some((key) => finePeriods.has(key)) ? tallySource(rows) : yearTallySource(rows);
  }
  const [dim, ...more] = keys.filter((key) => keyDims.has(key));
  if (!dim || more.length || !keys.every((key) => keyDims.has(key) || kindStatus.has(key))) return rows;
  return keySource(rows, dim, filters.length > 0 || keys.some((key) => kindStatus.has(key)));
}

function tallySource(rows: CountsSource): CountsSource {
  const year = { sql: "e.year", column: "year" };
  return {
    from: "engagement_tally e",
    // Month 0 is the month-unknown bucket; the same groups (and price) as the rows' keys.
    dimensions: {
      ...rows.dimensions,
      [G.YEAR]: { ...rows.dimensions[G.YEAR], columns: [year] },
      [G.QUARTER]: {
        ...rows.dimensions[G.QUARTER],
        columns: [year, { sql: "CASE WHEN e.month = 0 THEN NULL ELSE (e.month + 2) / 3 END", column: "quarter" }],
      },
      [G.MONTH]: { ...rows.dimensions[G.MONTH], columns: [year, { sql: "NULLIF(e.month, 0)::int", column: "month" }] },
    },
    measures: summedMeasures,
  };
}

/** engagement_year_tally (migration 20261206064500): the month groups summed per year, for groupings without finer periods. */
function yearTallySource(rows: CountsSource): CountsSource {
  return {
    from: "engagement_year_tally e",
    dimensions: {
      ...rows.dimensions,
      [G.YEAR]: { ...rows.dimensions[G.YEAR], columns: [{ sql: "e.year", column: "year" }] },
    },
    measures: summedMeasures,
  };
}

/** The key summary of one dimension; its nil key is the dimension's null group. */
function keySource(rows: CountsSource, key: G, byKindOrStatus: boolean): CountsSource {
  const dimension = rows.dimensions[key];
  const column = required(dimension.columns[0], `a column of the ${key} grouping`);
  return {
    from: byKindOrStatus ? "engagement_key_tally e" : "engagement_key_total e",
    dimensions: {
      ...rows.dimensions,
      [key]: {
        groups: dimension.groups,
        columns: [{ ...column, sql: "NULLIF(e.key, '00000000-0000-0000-0000-000000000000')" }],
      },
    },
    measures: summedMeasures,
    where: `e.dim = ${keyDims.get(key)}`,
  };
}
