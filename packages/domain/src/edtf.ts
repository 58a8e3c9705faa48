import { type EdtfParse, parse } from "edtf";
import type { DatePrecision } from "./enums";
import { makePartialDate, type PartialDate, PartialDateError, parsePartialDate, spanOf } from "./partial-date";

/** EDTF qualifiers of a whole date: `?` the source does not state it (inferred), `~` approximate, `%` both. */
export type DateQualifiers = { inferred: boolean; approximate: boolean };

/** A partial date with its qualifiers, as EDTF (ISO 8601-2) writes it: 2024, 2025-04?, 2025-04-02~, 2024%. */
export type QualifiedDate = PartialDate & DateQualifiers;

const expected =
  "expected EDTF such as 2024, 2025-04 or 2025-04-02, optionally ending in ? (inferred), ~ (approximate) or % (both)";

const qualifierOf = ({ inferred, approximate }: DateQualifiers) =>
  inferred && approximate ? "%" : inferred ? "?" : approximate ? "~" : "";

/** EDTF text of a date at its precision with its qualifier. */
export function formatEdtf(date: PartialDate & Partial<DateQualifiers>): string {
  const { year, month, day } = date;
  const parts = [String(year).padStart(4, "0")];
  if (month !== undefined) parts.push(String(month).padStart(2, "0"));
  if (day !== undefined) parts.push(String(day).padStart(2, "0"));
  return parts.join("-") + qualifierOf({ inferred: date.inferred ?? false, approximate: date.approximate ?? false });
}

/**
 * Reads EDTF text with the edtf package and keeps what Accord stores: a year, month or day (level 0)
 * qualified as a whole (level 1). Anything else is an error saying why.
 */
export function parseEdtf(text: string): QualifiedDate {
  const trimmed = text.trim();
  let value: EdtfParse;
  try {
    // Level 1: qualifiers on the whole date; level 2 qualifies parts (2004?-06-11), which Accord cannot keep.
    value = parse(trimmed, { types: ["Date"], level: 1 });
  } catch {
    // The parser's own message is a grammar trace; say what is wrong in the calendar where we can.
    const plain = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)[?~%]?$/.exec(trimmed)?.[1];
    if (plain) {
      try {
        parsePartialDate(plain);
      } catch (error) {
        if (error instanceof PartialDateError) throw new PartialDateError(text, error.reason);
        throw error;
      }
    }
    throw new PartialDateError(text, expected);
  }
  const [year, month, day] = value.values;
  if (year === undefined) throw new PartialDateError(text, expected);
  const date = makePartialDate({
    year,
    ...(month !== undefined ? { month: month + 1 } : {}),
    ...(day !== undefined ? { day } : {}),
  });
  const qualified: QualifiedDate = {
    ...date,
    inferred: Boolean(value.uncertain),
    approximate: Boolean(value.approximate),
  };
  // Unspecified digits (2025-04-XX) and times are not stored as given.
  if (value.unspecified || value.values.length > 3 || formatEdtf(qualified) !== trimmed) {
    throw new PartialDateError(
      text,
      "Accord keeps a year, month or day qualified as a whole (2024, 2025-04?, 2025-04-02~)",
    );
  }
  return qualified;
}

/** A stored date (its first day, precision and qualifiers) as EDTF text. */
export function edtfOf(first: Date, precision: DatePrecision, qualifiers: DateQualifiers): string {
  const year = first.getUTCFullYear();
  const month = first.getUTCMonth() + 1;
  const date: PartialDate =
    precision === "YEAR"
      ? { year }
      : precision === "MONTH"
        ? { year, month }
        : { year, month, day: first.getUTCDate() };
  return formatEdtf({ ...date, ...qualifiers });
}

/** Whether a date's span lies wholly inside an inclusive range (WITHIN), as opposed to touching it (OVERLAPS). */
export function within(date: PartialDate, range: { from?: Date; to?: Date }): boolean {
  const { first, last } = spanOf(date);
  return (range.from === undefined || first >= range.from) && (range.to === undefined || last <= range.to);
}
