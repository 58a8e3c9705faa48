import { aggregateWork, type Work } from "../limits/work";
import { CountOrder } from "./count-group.type";
import type { CountsSource } from "./engagement-tally.sql";

/** Where a grouping reads its rows given its filter and keys (countsSource, statementCountsSource). */
type SourceOf = (filter: never, groupBy: never[]) => CountsSource<string>;

/**
 * A grouping's work by its arguments: the rows of the summary table that holds the answer (a key total
 * ranked by count with `first` reads only its index's first rows), or every matching row grouped.
 */
export function groupingWork(sourceOf: SourceOf): Work {
  return {
    ...aggregateWork,
    why: "groups every matching row (a summary table's rows, when one holds the answer)",
    byArgs: ({ filter, groupBy, orderBy, first }) => {
      if (!Array.isArray(groupBy)) return aggregateWork.nodes;
      const { reads, oneRowPerGroup } = sourceOf(filter as never, groupBy as never[]);
      if (reads === undefined) return aggregateWork.nodes;
      const ranked = oneRowPerGroup && orderBy === CountOrder.COUNT && typeof first === "number";
      return ranked ? Math.min(reads, Math.max(first, 0)) : reads;
    },
  };
}
