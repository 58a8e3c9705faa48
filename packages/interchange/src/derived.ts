// Derived columns (search_text, span_end, dates at a precision). Mirrors packages/db/src/derived.ts of the
// seed work; swap these for the @accord/db / @accord/domain versions once they are on main.

export type Precision = "DAY" | "MONTH" | "YEAR";
export type StoredDate = { date: Date; precision: Precision };

/** Text for the search_text columns: lower case, no accents, words separated by single spaces. */
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

/** Why a partial date is not a real date, or null when it is. */
export function partialDateProblem(text: string): string | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return `"${text}" is not YYYY, YYYY-MM or YYYY-MM-DD`;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (year < 1) return `"${text}": year 0000 does not exist`;
  if (month !== undefined && (month < 1 || month > 12)) return `"${text}": month must be 01 to 12`;
  if (month !== undefined && day !== undefined) {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > last) return `"${text}": that month has days 01 to ${last}`;
  }
  return null;
}

/** "2024" → 2024-01-01 at YEAR; "2025-04" → 2025-04-01 at MONTH; "2025-04-02" at DAY. */
export function storedDateOf(text: string): StoredDate {
  const [year, month, day] = text.split("-").map(Number);
  const precision: Precision = day !== undefined ? "DAY" : month !== undefined ? "MONTH" : "YEAR";
  return { date: new Date(Date.UTC(year ?? 1, (month ?? 1) - 1, day ?? 1)), precision };
}

/** The text form of a stored date at its precision. */
export function partialDateText(date: Date, precision: Precision | null | undefined): string {
  const iso = date.toISOString().slice(0, 10);
  if (precision === "YEAR") return iso.slice(0, 4);
  return precision === "MONTH" ? iso.slice(0, 7) : iso;
}

/** The last day of the period a stored date stands for. */
export function lastDayOf(date: Date, precision: Precision): Date {
  if (precision === "DAY") return new Date(date.getTime());
  if (precision === "MONTH") return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0));
  return new Date(Date.UTC(date.getUTCFullYear(), 11, 31));
}

/** Last day an engagement may cover: from its end date when it has one, else its start date. */
export function spanEndOf(start: StoredDate, end?: StoredDate | null): Date {
  return end ? lastDayOf(end.date, end.precision) : lastDayOf(start.date, start.precision);
}

/** Identifier schemes for bookkeeping, left out of search text. */
export const internalIdentifierSchemes: readonly string[] = ["accord-seed"];

export function actorSearchText(actor: {
  name: string;
  aliases?: readonly { name: string }[];
  identifiers?: readonly { scheme: string; value: string }[];
}): string {
  const identifiers = (actor.identifiers ?? []).filter((id) => !internalIdentifierSchemes.includes(id.scheme));
  return toSearchText(actor.name, ...(actor.aliases ?? []).map((a) => a.name), ...identifiers.map((id) => id.value));
}

export function engagementSearchText(e: { title: string; summary?: string | null; place?: string | null; city?: string | null }) {
  return toSearchText(e.title, e.summary, e.place, e.city);
}

export function statementSearchText(s: { gist: string; quote?: string | null }): string {
  return toSearchText(s.gist, s.quote);
}

export function commitmentSearchText(c: { description: string; amountAsReported?: string | null }): string {
  return toSearchText(c.description, c.amountAsReported);
}
