/**
 * The statement with every `LIMIT $n` / `OFFSET $n` whose value is a whole number written as that
 * number, and the other parameters renumbered. A page size is the statement's shape, not its data:
 * as a parameter, PostgreSQL's generic plan of the prepared statement guesses it (a tenth of the
 * rows), and a page of 50 engagements was planned as a sort of the whole table (290 ms a run).
 * Compiled SQL holds `$` only in placeholders (response keys are GraphQL names, data is a parameter).
 */
export function withLiteralLimits(sql: { text: string; values: unknown[] }): { text: string; values: unknown[] } {
  const literal = new Set<number>();
  for (const [, n] of sql.text.matchAll(/\b(?:LIMIT|OFFSET)\s+\$(\d+)\b/g)) {
    if (Number.isSafeInteger(sql.values[Number(n) - 1])) literal.add(Number(n));
  }
  if (!literal.size) return sql;
  const renumbered = new Map<number, number>();
  const values: unknown[] = [];
  sql.values.forEach((value, i) => {
    if (literal.has(i + 1)) return;
    values.push(value);
    renumbered.set(i + 1, values.length);
  });
  const text = sql.text.replace(/\$(\d+)\b/g, (_placeholder, n: string) =>
    literal.has(Number(n)) ? String(sql.values[Number(n) - 1]) : `$${renumbered.get(Number(n))}`,
  );
  return { text, values };
}
