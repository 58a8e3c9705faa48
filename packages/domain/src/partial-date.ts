import type { DatePrecision } from "./enums";

/** A date known to the day, the month or only the year ("2025-04-02", "2025-04", "2024"). */
export type PartialDate = { year: number; month?: number; day?: number };

/** An inclusive range of days; an open side is unbounded. */
export type DateRange = { from?: Date; to?: Date };

export class PartialDateError extends Error {
  override readonly name = "PartialDateError";
  constructor(
    readonly value: string,
    readonly reason: string,
  ) {
    super(`invalid date "${value}": ${reason}`);
  }
}

const pad = (value: number, width: number) => String(value).padStart(width, "0");
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthNames = "January February March April May June July August September October November December".split(" ");

export function precisionOf(date: PartialDate): DatePrecision {
  if (date.day !== undefined) return "DAY";
  return date.month !== undefined ? "MONTH" : "YEAR";
}

/** ISO 8601 text at the date's precision: "2025-04-02", "2025-04" or "2024". */
export function formatPartialDate(date: PartialDate): string {
  const parts = [pad(date.year, 4)];
  if (date.month !== undefined) parts.push(pad(date.month, 2));
  if (date.day !== undefined) parts.push(pad(date.day, 2));
  return parts.join("-");
}

/** Checks the parts and returns a date with only the parts its precision has. */
export function makePartialDate(date: PartialDate): PartialDate {
  const text = formatPartialDate(date);
  if (!Number.isInteger(date.year) || date.year < 1 || date.year > 9999) {
    throw new PartialDateError(text, "the year must be a whole number from 1 to 9999");
  }
  if (date.month === undefined) {
    if (date.day !== undefined) throw new PartialDateError(text, "a day needs a month");
    return { year: date.year };
  }
  if (!Number.isInteger(date.month) || date.month < 1 || date.month > 12) {
    throw new PartialDateError(text, "the month must be from 1 to 12");
  }
  if (date.day === undefined) return { year: date.year, month: date.month };
  const last = daysInMonth(date.year, date.month);
  if (!Number.isInteger(date.day) || date.day < 1 || date.day > last) {
    throw new PartialDateError(text, `${monthNames[date.month - 1]} ${date.year} has days 1 to ${last}`);
  }
  return { year: date.year, month: date.month, day: date.day };
}

/** Parses "2025-04-02", "2025-04" or "2024" and validates it (Feb 30 is an error). */
export function parsePartialDate(text: string): PartialDate {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!match) throw new PartialDateError(text, "expected YYYY, YYYY-MM or YYYY-MM-DD");
  const [, year, month, day] = match;
  try {
    return makePartialDate({
      year: Number(year),
      ...(month ? { month: Number(month) } : {}),
      ...(day ? { day: Number(day) } : {}),
    });
  } catch (error) {
    if (error instanceof PartialDateError) throw new PartialDateError(text, error.message.replace(/^.*?": /, ""));
    throw error;
  }
}

/** The first and last day the date may stand for, as UTC midnights. */
export function spanOf(date: PartialDate): { first: Date; last: Date } {
  const { year, month, day } = makePartialDate(date);
  if (month === undefined) return { first: new Date(Date.UTC(year, 0, 1)), last: new Date(Date.UTC(year, 11, 31)) };
  if (day === undefined) {
    return { first: new Date(Date.UTC(year, month - 1, 1)), last: new Date(Date.UTC(year, month, 0)) };
  }
  const exact = new Date(Date.UTC(year, month - 1, day));
  return { first: exact, last: exact };
}

/** The date stored as its first day plus a precision, read back (2024-01-01 at YEAR → 2024). */
export function partialDateOf(first: Date, precision: DatePrecision): PartialDate {
  const year = first.getUTCFullYear();
  if (precision === "YEAR") return { year };
  if (precision === "MONTH") return { year, month: first.getUTCMonth() + 1 };
  return { year, month: first.getUTCMonth() + 1, day: first.getUTCDate() };
}

/** Orders by first day; at the same first day the coarser date comes first (2025 before 2025-01-01). */
export function compareStart(left: PartialDate, right: PartialDate): number {
  const byDay = spanOf(left).first.getTime() - spanOf(right).first.getTime();
  if (byDay !== 0) return Math.sign(byDay);
  const rank: Record<DatePrecision, number> = { YEAR: 0, MONTH: 1, DAY: 2 };
  return Math.sign(rank[precisionOf(left)] - rank[precisionOf(right)]);
}

/** True when any day the date may stand for lies in the range (both ends inclusive). */
export function overlaps(date: PartialDate, range: DateRange): boolean {
  const { first, last } = spanOf(date);
  return (range.from === undefined || last >= range.from) && (range.to === undefined || first <= range.to);
}
