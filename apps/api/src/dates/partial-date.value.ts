import type { DatePrecision } from "@accord/db";
import { edtfOf, partialDateOf, spanOf } from "@accord/domain";
import type { PartialDateColumns } from "./partial-date.fields";
import type { PartialDate } from "./partial-date.type";

/** A row's partial date as the API returns it; null when the row has no date there. */
export function partialDateValue(row: Record<string, unknown>, columns: PartialDateColumns): PartialDate | null {
  const first = row[columns.date];
  if (!(first instanceof Date)) return null;
  // Rows written before precisions were kept are exact days.
  const precision = (row[columns.precision] as DatePrecision | null | undefined) ?? "DAY";
  const flag = (column?: string) => column !== undefined && row[column] === true;
  const qualifiers = { inferred: flag(columns.inferred), approximate: flag(columns.approximate) };
  const span = spanOf(partialDateOf(first, precision));
  const iso = edtfOf(first, precision, { inferred: false, approximate: false });
  return {
    edtf: edtfOf(first, precision, qualifiers),
    iso,
    start: span.first,
    end: span.last,
    precision,
    ...qualifiers,
  };
}
