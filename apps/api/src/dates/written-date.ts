import type { DatePrecision } from "@accord/db";
import { precisionOf, type QualifiedDate, spanOf } from "@accord/domain";
import { assertPlausibleDate } from "../writes/dates";
import { firstDayOf } from "../writes/derived";
import { badInput } from "../writes/validate-input";
import type { PartialDateColumns } from "./partial-date.fields";

/** A partial date as stored: its first day and precision; a flag left undefined is left as it was. */
export type WrittenDate = {
  first: Date;
  precision: DatePrecision;
  inferred?: boolean;
  approximate?: boolean;
  /** The path it was given at, for errors about it (input.end or input.endDate). */
  field: string;
};

/** One partial date of a write input: its EDTF field and the deprecated Date, precision and flag beside it. */
export type DateInput = {
  /** The EDTF value and its path (input.made). */
  edtf: QualifiedDate | null | undefined;
  field: string;
  /** The deprecated Date and its path (input.madeOn). */
  date?: Date | null;
  dateField: string;
  /** The deprecated precision and its path; absent where the input never had one (a bare Date is a day). */
  precision?: DatePrecision | null;
  precisionField?: string;
  inferred?: boolean | null;
};

/**
 * The one rule for writing a partial date: EDTF text gives its own precision and qualifiers; a deprecated
 * Date needs its precision beside it (omitting it is an error, never a claimed day).
 * Returns undefined when nothing was given (keep), null when cleared.
 */
export function writtenDate(input: DateInput): WrittenDate | null | undefined {
  const { edtf, field, date, dateField, precision, precisionField, inferred } = input;
  if (edtf !== undefined && (date !== undefined || precision != null)) {
    throw badInput(field, `give ${field} or the deprecated ${dateField}, not both`);
  }
  if (edtf === null) return null;
  if (edtf) {
    const first = spanOf(edtf).first;
    assertPlausibleDate(first, field);
    return {
      first,
      precision: precisionOf(edtf),
      inferred: edtf.inferred || inferred === true,
      approximate: edtf.approximate,
      field,
    };
  }
  if (date === undefined) {
    if (precision != null && precisionField) {
      throw badInput(precisionField, `needs ${dateField}; or give ${field} as EDTF text (2024, 2025-04, 2025-04-02)`);
    }
    return undefined;
  }
  if (date === null) return null;
  assertPlausibleDate(date, dateField);
  if (precisionField && precision == null) {
    throw badInput(
      precisionField,
      `is required with ${dateField} (a Date alone would claim an exact day); or give ${field} as EDTF text (2024, 2025-04, 2025-04-02)`,
    );
  }
  const kept = precision ?? "DAY";
  return {
    first: firstDayOf(date, kept),
    precision: kept,
    field: dateField,
    ...(inferred != null ? { inferred } : {}),
  };
}

/**
 * A written date as the columns its PartialDate field reads (partialDateFields): the same list maps
 * reads and writes. Undefined writes nothing; null clears the date and its flags.
 */
export function dateColumns(
  columns: PartialDateColumns,
  date: WrittenDate | null | undefined,
): Record<string, unknown> {
  if (date === undefined) return {};
  const flags = (inferred: boolean | undefined, approximate: boolean | undefined) => ({
    ...(columns.inferred && inferred !== undefined ? { [columns.inferred]: inferred } : {}),
    ...(columns.approximate && approximate !== undefined ? { [columns.approximate]: approximate } : {}),
  });
  if (date === null) return { [columns.date]: null, [columns.precision]: null, ...flags(false, false) };
  return { [columns.date]: date.first, [columns.precision]: date.precision, ...flags(date.inferred, date.approximate) };
}
