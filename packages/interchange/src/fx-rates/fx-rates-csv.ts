import { readLines } from "../input/lines";
import type { Problem } from "../problems";

/** One rate as a file gives it: on `date`, one unit of `base` bought `rate` units of `currency`. */
export type FxRateRow = { line: number; date: string; currency: string; base: string; rate: string };
/** A rate to write, with the file (name only) it comes from. */
export type FxRateWrite = Omit<FxRateRow, "line"> & { loadedFrom: string };

export type FxRatesFile = { rows: FxRateRow[]; read: number; problems: Problem[] };

const columns = ["date", "currency", "rate", "base"] as const;
type Column = (typeof columns)[number];

const currencyPattern = /^[A-Z]{3}$/;
// The table keeps 18 digits before the point and 12 after (numeric(30,12)): more would be cut, so it is refused.
const ratePattern = /^0*(\d{1,18})(\.\d{1,12})?$/;

/** The fields of one CSV line; a field in double quotes may hold commas and doubled quotes. */
export function splitCsvLine(text: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') quoted = !quoted;
    else if (char === "," && !quoted) {
      fields.push(field);
      field = "";
    } else field += char;
  }
  fields.push(field);
  return fields.map((f) => f.trim());
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** What is wrong with one field's value, or undefined when it is right. */
const checks: Record<Column, (value: string) => string | undefined> = {
  date: (v) => (isCalendarDate(v) ? undefined : `not a calendar date written YYYY-MM-DD: "${v}"`),
  currency: (v) => (currencyPattern.test(v) ? undefined : `not an ISO 4217 code (three capital letters): "${v}"`),
  base: (v) => (currencyPattern.test(v) ? undefined : `not an ISO 4217 code (three capital letters): "${v}"`),
  rate: (v) =>
    !ratePattern.test(v)
      ? `not a decimal of at most 18 digits before the point and 12 after, such as 1.0823: "${v}"`
      : /^[0.]+$/.test(v)
        ? `a rate must be above zero: "${v}"`
        : undefined,
};

/** What is wrong with a rate, field by field (the CSV reader and the interchange record share these rules). */
export function checkFxRate(row: Record<Column, string>): { column: Column; message: string }[] {
  const wrong = columns.flatMap((column) => {
    const message = checks[column](row[column]);
    return message ? [{ column, message }] : [];
  });
  if (!wrong.length && row.base === row.currency)
    wrong.push({ column: "base", message: `the same currency as the rate's: "${row.base}"` });
  return wrong;
}

/** Where each column is in the header, or the problems with the header. */
function readHeader(
  file: string,
  line: number,
  text: string,
): { at: Record<Column, number> } | { problems: Problem[] } {
  const names = splitCsvLine(text).map((name) => name.toLowerCase());
  const problem = (message: string): Problem => ({ file, line, path: "", message, severity: "error" });
  const missing = columns.filter((column) => !names.includes(column));
  const unknown = names.filter((name) => !(columns as readonly string[]).includes(name));
  const repeated = names.filter((name, i) => names.indexOf(name) !== i);
  const problems = [
    ...missing.map((c) => problem(`the header has no column "${c}" (expected date,currency,rate,base)`)),
    ...unknown.map((c) => problem(`the header names an unknown column "${c}" (expected date,currency,rate,base)`)),
    ...repeated.map((c) => problem(`the header names "${c}" twice`)),
  ];
  if (problems.length) return { problems };
  return { at: Object.fromEntries(columns.map((c) => [c, names.indexOf(c)])) as Record<Column, number> };
}

/** The value of a rate with trailing zeros dropped, so 1.10 and 1.1 are one rate. */
const sameRate = (a: string, b: string) => normalRate(a) === normalRate(b);
const normalRate = (rate: string) => {
  const [whole = "", fraction = ""] = rate.split(".");
  return `${whole.replace(/^0+(?=\d)/, "")}.${fraction.replace(/0+$/, "")}`;
};

/**
 * Reads a rates file (CSV with a header naming date, currency, rate and base in any order): each bad row
 * is named with its line and field, and a row giving another rate for a (base, currency, date) given
 * earlier in the file rejects both; a repeat of the same rate is read once.
 */
export async function readFxRatesCsv(file: string): Promise<FxRatesFile> {
  const problems: Problem[] = [];
  const byKey = new Map<string, FxRateRow>();
  const conflicted = new Set<string>();
  let at: Record<Column, number> | undefined;
  let read = 0;
  for await (const { line, text } of readLines(file)) {
    if (!text.trim()) continue;
    if (!at) {
      const header = readHeader(file, line, text.replace(/^\uFEFF/, ""));
      if ("problems" in header) return { rows: [], read, problems: header.problems };
      at = header.at;
      continue;
    }
    read += 1;
    const fields = splitCsvLine(text);
    const problem = (path: string, message: string) => problems.push({ file, line, path, message, severity: "error" });
    if (fields.length !== columns.length) {
      problem("", `expected ${columns.length} fields (date,currency,rate,base), found ${fields.length}`);
      continue;
    }
    const value = (column: Column) => fields[at?.[column] ?? -1] ?? "";
    const row: FxRateRow = {
      line,
      date: value("date"),
      currency: value("currency"),
      base: value("base"),
      rate: value("rate"),
    };
    const wrong = checkFxRate(row);
    for (const { column, message } of wrong) problem(column, message);
    if (wrong.length) continue;
    const key = `${row.base} ${row.currency} ${row.date}`;
    const earlier = byKey.get(key);
    if (!earlier) byKey.set(key, row);
    else if (!sameRate(earlier.rate, row.rate)) {
      problem(
        "rate",
        `${row.currency} against ${row.base} on ${row.date} is ${earlier.rate} at line ${earlier.line}: which is right is not known, both are rejected`,
      );
      if (!conflicted.has(key))
        problems.push({
          file,
          line: earlier.line,
          path: "rate",
          message: `${row.currency} against ${row.base} on ${row.date} is ${row.rate} at line ${line}: which is right is not known, both are rejected`,
          severity: "error",
        });
      conflicted.add(key);
    }
  }
  if (!at)
    problems.push({
      file,
      line: 1,
      path: "",
      message: "the file is empty: expected a header date,currency,rate,base",
      severity: "error",
    });
  const rows = [...byKey.entries()].filter(([key]) => !conflicted.has(key)).map(([, row]) => row);
  return { rows, read, problems: problems.sort((a, b) => a.line - b.line) };
}
