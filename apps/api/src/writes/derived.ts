// The derived columns (search_text, span_end) come from the one shared helper every writer uses.
import type { DatePrecision } from "@accord/db";

export {
  actorSearchText,
  commitmentSearchText,
  engagementSearchText,
  lastDayOf,
  spanEndOf,
  statementSearchText,
} from "@accord/db";

/** The first day of the period a date stands for at a precision (2025-04-17 at MONTH is 2025-04-01). */
export function firstDayOf(date: Date, precision: DatePrecision): Date {
  if (precision === "DAY") return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  if (precision === "MONTH") return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
  return new Date(Date.UTC(date.getUTCFullYear(), 0, 1));
}
