import { aggregateWork, type Work } from "../limits/work";
import { CountOrder } from "./count-group.type";
import type { Dimension } from "./counts.sql";
import type { CountsSource } from "./engagement-tally.sql";

/** Where a grouping reads its rows given its filter and keys (countsSource, statementCountsSource). */
type SourceOf = (filter: never, groupBy: never[]) => CountsSource<string>;

/**
 * Rows each counted row had in the grouping aggregateWork was timed on (engagements by participant and
 * month: 6 participants an engagement on the benchmark's data, 1.4–3.7 s over 100,000 engagements).
 */
const timedRowsEach = 6;

/** Rows the joins of these keys give each counted row: their rowsEach multiplied (1 without a join). */
function rowsEach(dimensions: Record<string, Dimension>, keys: string[]): number {
  return [...new Set(keys)].reduce((n, key) => n * (dimensions[key]?.rowsEach ?? 1), 1);
}

/**
 * A grouping's work by its arguments: the rows of the summary table that holds the answer (a key total
 * ranked by count with `first` reads only its index's first rows), or every matching row grouped, scaled
 * by the rows its keys' joins make of each (participants by represented states: 30 an engagement, 5 s).
 */
export function groupingWork(dimensions: Record<string, Dimension>, sourceOf: SourceOf): Work {
  const grouped = (keys: string[]) =>
    Math.round(aggregateWork.nodes * Math.max(1, rowsEach(dimensions, keys) / timedRowsEach));
  return {
    ...aggregateWork,
    nodes: grouped(Object.keys(dimensions)),
    why: "groups every matching row, one for each value of its keys' lists (a summary table's rows, when one holds the answer)",
    byArgs: ({ filter, groupBy, orderBy, first }) => {
      if (!Array.isArray(groupBy)) return grouped(Object.keys(dimensions));
      const rows = grouped(groupBy as string[]);
      const { reads, oneRowPerGroup } = sourceOf(filter as never, groupBy as never[]);
      if (reads === undefined) return rows;
      const ranked = oneRowPerGroup && orderBy === CountOrder.COUNT && typeof first === "number";
      // A summary read is never priced over grouping the rows themselves.
      return Math.min(ranked ? Math.min(reads, Math.max(first, 0)) : reads, rows);
    },
  };
}
