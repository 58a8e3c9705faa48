import type { DatePrecision } from "@accord/db";
import { firstDayOf, lastDayOf } from "./derived";
import { badInput } from "./validate-input";

/** Dates are stored as the first day of their period (2024 at YEAR precision is 2024-01-01). */
export function storedDate(date: Date, precision: DatePrecision): Date {
  return firstDayOf(date, precision);
}

export type RangeCheck = {
  start: Date | null | undefined;
  startPrecision?: DatePrecision | null;
  end: Date | null | undefined;
  endPrecision?: DatePrecision | null;
  /** The field path of the end date, named in the error. */
  field: string;
  startName: string;
};

/** An end must not come before its start (compared as periods: 2025-04 may end on 2025-04-10). */
export function assertEndNotBeforeStart({
  start,
  startPrecision,
  end,
  endPrecision,
  field,
  startName,
}: RangeCheck): void {
  if (!start || !end) return;
  const endLast = lastDayOf(firstDayOf(end, endPrecision ?? "DAY"), endPrecision ?? "DAY");
  const startFirst = firstDayOf(start, startPrecision ?? "DAY");
  if (endLast < startFirst) {
    throw badInput(field, `must not be before ${startName} (${iso(start)}), got ${iso(end)}`);
  }
}

export const iso = (date: Date) => date.toISOString().slice(0, 10);

/** Rejects dates before year 1000 or after 2999: almost always a typing mistake. */
export function assertPlausibleDate(date: Date | null | undefined, field: string): void {
  if (!date) return;
  if (Number.isNaN(date.getTime())) throw badInput(field, "is not a valid date");
  const year = date.getUTCFullYear();
  if (year < 1000 || year > 2999) throw badInput(field, `year ${year} is outside 1000..2999`);
}
