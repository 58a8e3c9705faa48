// The one place an engagement's dates become the stretch of time it is drawn over: from the first day its
// start may stand for to the last day its end (or, without one, its start) may stand for.

/** The part of the API's PartialDate the timeline reads: the first and last day it may stand for. */
export type DayRange = { start: string; end: string; precision: string };

export type DatedEngagement = { start: DayRange; end?: DayRange | null };

export type Span = {
  start: Date;
  /** Exclusive: the day after the last day the engagement may cover. */
  end: Date;
  /** Known only to the month or year: drawn as the whole span it may fall in. */
  partial: boolean;
};

const day = 86_400_000;

export function utcDate(date: string): Date {
  const parsed = new Date(`${date}T00:00:00Z`);
  // Date parsing is lenient (2024, 2024-02-30): only a real day that reads back the same is one.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(parsed.getTime()) || !parsed.toISOString().startsWith(date))
    throw new Error(`not a day (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return parsed;
}

export function engagementSpan(engagement: DatedEngagement): Span {
  const last = engagement.end ?? engagement.start;
  return {
    start: utcDate(engagement.start.start),
    end: new Date(utcDate(last.end).getTime() + day),
    partial: engagement.start.precision !== "DAY" || last.precision !== "DAY",
  };
}

/** The years a set of spans touches, in order: the timeline's zoom steps. */
export function yearsOf(spans: Span[]): number[] {
  const years = new Set<number>();
  for (const span of spans) {
    for (let year = span.start.getUTCFullYear(); year <= new Date(span.end.getTime() - 1).getUTCFullYear(); year++) {
      years.add(year);
    }
  }
  return [...years].sort((a, b) => a - b);
}
