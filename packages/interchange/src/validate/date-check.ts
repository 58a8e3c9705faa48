import { partialDateProblem } from "../derived";
import type { SchemaError } from "./schema-check";

export function checkDate(errors: SchemaError[], path: string, text: string | undefined): boolean {
  if (text === undefined) return true;
  const problem = partialDateProblem(text);
  if (problem) errors.push({ path, message: problem });
  return !problem;
}

/** Lexical comparison works for dates at DAY precision; a coarser date is compared on its first day. */
export function checkRange(errors: SchemaError[], path: string, start?: string, end?: string): void {
  if (start && end && end.padEnd(10, "-00") < start.padEnd(10, "-00")) {
    errors.push({ path, message: `ends (${end}) before it starts (${start})` });
  }
}
