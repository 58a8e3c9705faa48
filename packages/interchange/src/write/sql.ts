import type { Sql } from "./bulk-db";

export type { Sql };

export type Column = { name: string; type: string };

/** Columns as [name, type] pairs: `cols("id uuid", "kind \"ActorKind\"")`. */
export function cols(...specs: string[]): Column[] {
  return specs.map((spec) => {
    const space = spec.indexOf(" ");
    return { name: spec.slice(0, space), type: spec.slice(space + 1) };
  });
}

/** Row-major values to column arrays, for unnest(). */
function toArrays(columns: Column[], rows: unknown[][]): unknown[][] {
  return columns.map((_, c) => rows.map((row) => row[c] ?? null));
}

function unnestOf(columns: Column[], offset = 0): string {
  const args = columns.map((c, i) => `$${i + 1 + offset}::${c.type}[]`).join(", ");
  return `unnest(${args}) AS u(${columns.map((c) => c.name).join(", ")})`;
}

/** One INSERT … SELECT FROM unnest(…) for many rows: one round trip, whatever the row count. */
export async function insertRows(
  sql: Sql,
  table: string,
  columns: Column[],
  rows: unknown[][],
  options: { extra?: Record<string, string>; onConflict?: string } = {},
): Promise<number> {
  if (!rows.length) return 0;
  const extra = Object.entries(options.extra ?? {});
  const names = [...columns.map((c) => c.name), ...extra.map(([name]) => name)].map((n) => `"${n}"`).join(", ");
  const values = [...columns.map((c) => `u.${c.name}`), ...extra.map(([, value]) => value)].join(", ");
  const text = `INSERT INTO "${table}" (${names}) SELECT ${values} FROM ${unnestOf(columns)} ${options.onConflict ?? ""}`;
  return sql.$executeRawUnsafe(text, ...toArrays(columns, rows));
}

/** UPDATE many rows by id from unnest(): `set` lists "column = expression over u.*". */
export async function updateRows(
  sql: Sql,
  table: string,
  columns: Column[],
  rows: unknown[][],
  set: string[],
): Promise<number> {
  if (!rows.length) return 0;
  const text = `UPDATE "${table}" t SET ${set.join(", ")} FROM ${unnestOf(columns)} WHERE t.id = u.id`;
  return sql.$executeRawUnsafe(text, ...toArrays(columns, rows));
}

export async function deleteWhereIn(sql: Sql, table: string, column: string, ids: string[]): Promise<number> {
  if (!ids.length) return 0;
  return sql.$executeRawUnsafe(`DELETE FROM "${table}" WHERE "${column}" = ANY($1::uuid[])`, ids);
}
