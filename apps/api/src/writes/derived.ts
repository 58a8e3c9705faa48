// Local stand-in for packages/db/src/derived.ts (search_text, span_end), same rules; swapped for it once merged.
import type { DatePrecision } from "@accord/db";

/** Lower-cased, accents stripped, punctuation to spaces: what search_text holds. */
export function toSearchText(...parts: ReadonlyArray<string | null | undefined>): string {
  return parts
    .filter((part): part is string => typeof part === "string")
    .join(" ")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The first day of the period a date stands for at a precision. */
export function firstDayOf(date: Date, precision: DatePrecision): Date {
  if (precision === "DAY") return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  if (precision === "MONTH") return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
  return new Date(Date.UTC(date.getUTCFullYear(), 0, 1));
}

/** The last day of the period a stored date stands for. */
export function lastDayOf(date: Date, precision: DatePrecision): Date {
  if (precision === "DAY") return new Date(date.getTime());
  if (precision === "MONTH") return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0));
  return new Date(Date.UTC(date.getUTCFullYear(), 11, 31));
}

export type EngagementDates = {
  startDate: Date;
  startPrecision: DatePrecision;
  endDate?: Date | null;
  endPrecision?: DatePrecision | null;
};

/** Last day an engagement may cover: from its end date when it has one, else its start date. */
export function spanEndOf(dates: EngagementDates): Date {
  if (dates.endDate) return lastDayOf(dates.endDate, dates.endPrecision ?? "DAY");
  return lastDayOf(dates.startDate, dates.startPrecision);
}

/** Identifier schemes for bookkeeping, left out of search text. */
const internalIdentifierSchemes: readonly string[] = ["accord-seed"];

export function actorSearchText(actor: {
  name: string;
  aliases?: readonly { name: string }[];
  identifiers?: readonly { scheme: string; value: string }[];
}): string {
  const identifiers = (actor.identifiers ?? []).filter((id) => !internalIdentifierSchemes.includes(id.scheme));
  return toSearchText(actor.name, ...(actor.aliases ?? []).map((a) => a.name), ...identifiers.map((id) => id.value));
}

export function engagementSearchText(e: {
  title: string;
  summary?: string | null;
  place?: string | null;
  city?: string | null;
}) {
  return toSearchText(e.title, e.summary, e.place, e.city);
}

export function statementSearchText(s: { gist: string; quote?: string | null }): string {
  return toSearchText(s.gist, s.quote);
}

export function commitmentSearchText(c: { description: string; amountAsReported?: string | null }): string {
  return toSearchText(c.description, c.amountAsReported);
}
