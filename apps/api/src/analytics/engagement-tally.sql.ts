import type { EngagementFilter } from "../engagements/engagement.input";
import type { Dimension, Measures } from "./counts.sql";
import { EngagementCountGroupBy as G } from "./engagement-counts.type";

/** Where engagementCounts reads its rows: the engagement table or a summary of it, aliased `e` either way. */
export type CountsSource = { from: string; dimensions: Record<G, Dimension>; measures?: Measures };

// What engagement_tally holds (migration 20261205191900_engagement_tally): counts per (year, month or 0, kind, status).
const tallyKeys = new Set<G>([G.YEAR, G.QUARTER, G.MONTH, G.KIND, G.STATUS]);
const tallyFilters = new Set<keyof EngagementFilter>(["kind", "status"]);

/**
 * engagement_tally when it holds the answer (groups by period, kind and status, filters on kind and
 * status only: the time series), so those counts cost the same at any data size; otherwise `rows`.
 */
export function countsSource(
  rows: CountsSource,
  filter: EngagementFilter | null | undefined,
  groupBy: G[],
): CountsSource {
  const filters = Object.entries(filter ?? {}).filter(([, value]) => value != null);
  const fits =
    groupBy.every((key) => tallyKeys.has(key)) &&
    filters.every(([name]) => tallyFilters.has(name as keyof EngagementFilter));
  if (!fits) return rows;
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
    measures: { count: "sum(e.count)", first: "min(e.first_key)", last: "max(e.last_key)" },
  };
}
