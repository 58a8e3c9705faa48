/**
 * The statement with the parameters in `literals` written as their SQL text and the other parameters
 * renumbered. Compiled SQL holds `$` only in placeholders (response keys are GraphQL names, data is a
 * parameter).
 */
function inlined(sql: { text: string; values: unknown[] }, literals: Map<number, string>) {
  if (!literals.size) return sql;
  const renumbered = new Map<number, number>();
  const values: unknown[] = [];
  sql.values.forEach((value, i) => {
    if (literals.has(i + 1)) return;
    values.push(value);
    renumbered.set(i + 1, values.length);
  });
  const text = sql.text.replace(/\$(\d+)\b/g, (_placeholder, n: string) =>
    literals.has(Number(n)) ? (literals.get(Number(n)) as string) : `$${renumbered.get(Number(n))}`,
  );
  return { text, values };
}

/**
 * Every `LIMIT $n` / `OFFSET $n` whose value is a whole number written as that number. A page size is
 * the statement's shape, not its data: as a parameter, PostgreSQL's generic plan of the prepared
 * statement guesses it (a tenth of the rows), and a page of 50 engagements was planned as a sort of the
 * whole table.
 */
export function withLiteralLimits(sql: { text: string; values: unknown[] }): { text: string; values: unknown[] } {
  const literals = new Map<number, string>();
  for (const [, n] of sql.text.matchAll(/\b(?:LIMIT|OFFSET)\s+\$(\d+)\b/g)) {
    const value = sql.values[Number(n) - 1];
    if (Number.isSafeInteger(value)) literals.set(Number(n), String(value));
  }
  return inlined(sql, literals);
}

// A GraphQL enum value: also a safe SQL literal and a PostgreSQL enum label as Prisma maps them.
const enumLabel = (value: unknown): value is string => typeof value === "string" && /^[A-Z][A-Z0-9_]*$/.test(value);

/**
 * Every parameter cast to an enum type (`$n::"Kind"`, `$n::"Kind"[]`, only ever so) written as its
 * labels. Enum values are a closed set, so the statement shapes stay few; as a parameter, the generic
 * plan guesses how many rows they match (nearly all for a list), and 50 of 200 states after a cursor
 * were planned as a walk of every actor by name. An `= ANY` list's labels are sorted and deduplicated
 * (the same rows), so reordered lists share one shape.
 */
export function withLiteralEnums(sql: { text: string; values: unknown[] }): { text: string; values: unknown[] } {
  const casts = new Map<number, { type: string; list: boolean; any: boolean }[]>();
  for (const match of sql.text.matchAll(/(ANY\()?\$(\d+)::("\w+")(\[\])?/g)) {
    const n = Number(match[2]);
    casts.set(n, [...(casts.get(n) ?? []), { type: match[3] as string, list: !!match[4], any: !!match[1] }]);
  }
  const literals = new Map<number, string>();
  for (const [n, uses] of casts) {
    const occurrences = sql.text.match(new RegExp(`\\$${n}\\b`, "g"))?.length ?? 0;
    const [first] = uses;
    if (!first || occurrences !== uses.length || uses.some((use) => use.type !== first.type || use.list !== first.list))
      continue;
    const value = sql.values[n - 1];
    if (!first.list && enumLabel(value)) literals.set(n, `'${value}'`);
    if (first.list && Array.isArray(value) && value.every(enumLabel)) {
      const labels = uses.every((use) => use.any) ? [...new Set(value)].sort() : value;
      literals.set(n, `'{${labels.join(",")}}'`);
    }
  }
  return inlined(sql, literals);
}

/** The statement with page sizes and enum values written in its text (see above): what compiled reads run. */
export const withLiteralShape = (sql: { text: string; values: unknown[] }) => withLiteralEnums(withLiteralLimits(sql));
