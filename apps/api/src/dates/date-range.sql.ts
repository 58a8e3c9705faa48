import { Prisma } from "@accord/db";
import { AppError } from "../common/errors";
import { DateMatch, type DateRangeInput } from "./date-range.input";

/** A record's date as SQL: the first and the last day it may stand for. */
export type DateSpanSql = {
  first: Prisma.Sql;
  last: Prisma.Sql;
  /** `last` is computed from `first` at a precision: bound `first` too, so an index on it serves. */
  computedLast?: boolean;
  /**
   * The same days as one `daterange(first, last, '[]')`, the expression of a GiST index: a range filter is also
   * asked of it (`&&`, `<@`), so the index finds the rows and the planner counts them from its statistics.
   */
  range: Prisma.Sql;
};

// Dates go to SQL as YYYY-MM-DD text: a timestamp would shift with the session's time zone.
const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The conditions of every date filter: OVERLAPS keeps a date some day of which is in the range, WITHIN
 * one all of whose days are. `field` names the filter in errors (filter.date).
 */
export function dateRangeSql(range: DateRangeInput | null | undefined, span: DateSpanSql, field: string): Prisma.Sql[] {
  if (!range || (!range.from && !range.to)) return [];
  if (range.from && range.to && range.from > range.to) {
    throw new AppError("BAD_USER_INPUT", `${field}: from must not be after to`, { field: `${field}.from` });
  }
  const within = range.match === DateMatch.WITHIN;
  // A partial date's last day is in its first day's year: a date ending on or after `from` starts in its year or later.
  const yearOfFrom = range.from && new Date(Date.UTC(range.from.getUTCFullYear(), 0, 1));
  const asked = Prisma.sql`daterange(${range.from ? day(range.from) : null}::date, ${range.to ? day(range.to) : null}::date, '[]')`;
  return [
    Prisma.sql`${span.range} ${Prisma.raw(within ? "<@" : "&&")} ${asked}`,
    ...(range.from ? [Prisma.sql`${within ? span.first : span.last} >= ${day(range.from)}::date`] : []),
    ...(yearOfFrom && !within && span.computedLast ? [Prisma.sql`${span.first} >= ${day(yearOfFrom)}::date`] : []),
    ...(range.to ? [Prisma.sql`${within ? span.last : span.first} <= ${day(range.to)}::date`] : []),
  ];
}
