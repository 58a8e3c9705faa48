import { required } from "@accord/domain";

/**
 * Where one partial date lives in its row: the properties (Prisma field names) of its parts. A row that
 * keeps no flags (an aggregate) reads them as false.
 */
export type PartialDateColumns = { date: string; precision: string; inferred?: string; approximate?: string };

const parts = (date: string, precision: string, inferred?: string, approximate?: string): PartialDateColumns => ({
  date,
  precision,
  ...(inferred ? { inferred } : {}),
  ...(approximate ? { approximate } : {}),
});

// Counts' first and last start dates (DatedCount), computed per group by analytics/counts.sql.ts.
const countDates = { first: parts("firstDate", "firstPrecision"), last: parts("lastDate", "lastPrecision") };

/**
 * Every PartialDate field of the API, by object type and field name, and the columns it is read from.
 * The one list: resolvers and compiled SQL both come from it, and building the schema fails for a
 * PartialDate field missing here (apply-partial-dates.ts).
 */
export const partialDateFields: Record<string, Record<string, PartialDateColumns>> = {
  // An engagement's date is one event: its start and end share the inferred and approximate flags.
  Engagement: {
    start: parts("startDate", "startPrecision", "dateInferred", "dateApproximate"),
    end: parts("endDate", "endPrecision", "dateInferred", "dateApproximate"),
  },
  Commitment: { made: parts("madeOn", "madeOnPrecision", "madeOnInferred", "madeOnApproximate") },
  CommitmentStage: {
    occurred: parts("occurredOn", "occurredOnPrecision", "occurredOnInferred", "occurredOnApproximate"),
  },
  CommitmentStatusChange: {
    effective: parts("effectiveOn", "effectivePrecision", "effectiveInferred", "effectiveApproximate"),
  },
  Tenure: {
    start: parts("startDate", "startPrecision", "startInferred", "startApproximate"),
    end: parts("endDate", "endPrecision", "endInferred", "endApproximate"),
  },
  Source: { published: parts("publishedOn", "publishedPrecision", "publishedInferred", "publishedApproximate") },
  EngagementCount: countDates,
  StatementCount: countDates,
  Counterpart: countDates,
};

/** The SQL column of a Prisma field name (the schema maps every field to its snake_case name). */
export const columnOf = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** The columns of `type.field` in partialDateFields, for writers naming their own field. */
export const partialDateColumnsOf = (type: string, field: string): PartialDateColumns =>
  required(partialDateFields[type]?.[field], `${type}.${field} in partialDateFields`);
