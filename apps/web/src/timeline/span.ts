// The one place an engagement's dates become the stretch of time it is drawn over (EDTF dates plug in here).

export type DatedEngagement = {
  startDate: string;
  startPrecision: string;
  spanEnd: string;
};

export type Span = {
  start: Date;
  /** Exclusive: the day after the last day the engagement may cover. */
  end: Date;
  /** Known only to the month or year: drawn as the whole span it may fall in. */
  partial: boolean;
};

const day = 86_400_000;

export function utcDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function engagementSpan(engagement: DatedEngagement): Span {
  return {
    start: utcDate(engagement.startDate),
    end: new Date(utcDate(engagement.spanEnd).getTime() + day),
    partial: engagement.startPrecision !== "DAY",
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
