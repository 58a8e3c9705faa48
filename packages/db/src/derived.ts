// Columns computed from others (search_text, span_end, dates at a precision): the one place every writer uses.
import { type DatePrecision, parsePartialDate, precisionOf, spanOf, toSearchText } from "@accord/domain";
import type { Db } from "./db";

/** Identifier schemes for bookkeeping, left out of search text. */
export const internalIdentifierSchemes: readonly string[] = ["accord-seed"];

/** A date as stored: the first day of its period and the precision. */
export type StoredDate = { date: Date; precision: DatePrecision };

/** "2024" → 2024-01-01 at YEAR; "2025-04" → 2025-04-01 at MONTH; "2025-04-02" at DAY. */
export function storedDateOf(text: string): StoredDate {
  const partial = parsePartialDate(text);
  return { date: spanOf(partial).first, precision: precisionOf(partial) };
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

export type ActorSearchParts = {
  name: string;
  aliases?: readonly { name: string }[];
  identifiers?: readonly { scheme: string; value: string }[];
};

export function actorSearchText(actor: ActorSearchParts): string {
  const identifiers = (actor.identifiers ?? []).filter((id) => !internalIdentifierSchemes.includes(id.scheme));
  return toSearchText(actor.name, ...(actor.aliases ?? []).map((a) => a.name), ...identifiers.map((id) => id.value));
}

export function engagementSearchText(engagement: {
  title: string;
  summary?: string | null;
  place?: string | null;
  city?: string | null;
}): string {
  return toSearchText(engagement.title, engagement.summary, engagement.place, engagement.city);
}

export function statementSearchText(statement: { gist: string; quote?: string | null }): string {
  return toSearchText(statement.gist, statement.quote);
}

export function commitmentSearchText(commitment: { description: string; amountAsReported?: string | null }): string {
  return toSearchText(commitment.description, commitment.amountAsReported);
}

/** Recomputes an actor's search text after its aliases or identifiers changed; writes only on change. */
export async function refreshActorSearchText(db: Db, actorId: string): Promise<string> {
  const actor = await db.actor.findUniqueOrThrow({
    where: { id: actorId },
    include: { aliases: true, identifiers: true },
  });
  const searchText = actorSearchText(actor);
  if (searchText !== actor.searchText) {
    await db.actor.update({ where: { id: actorId }, data: { searchText, version: { increment: 1 } } });
  }
  return searchText;
}
