import pg from "pg";

// Triggers, CHECK constraints and functions: what migrations hold that schema.prisma cannot describe.
const handWrittenObjectsSql = `
  SELECT format('trigger %s on %s: %s', t.tgname, c.relname, pg_get_triggerdef(t.oid)) AS object
    FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE NOT t.tgisinternal AND n.nspname = current_schema()
  UNION ALL
  SELECT format('check %s on %s: %s', k.conname, c.relname, pg_get_constraintdef(k.oid))
    FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE k.contype = 'c' AND n.nspname = current_schema()
  UNION ALL
  SELECT format('function %s(%s): body md5 %s', p.proname, pg_get_function_identity_arguments(p.oid), md5(p.prosrc))
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
   WHERE n.nspname = current_schema()
     AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')`;

/** One line per trigger, CHECK constraint and function of the database's schema, sorted. */
export async function listHandWrittenObjects(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ object: string }>(handWrittenObjectsSql);
    return rows.map((row) => row.object).sort();
  } finally {
    await client.end();
  }
}

/** What the database lacks ("missing …") or has beyond ("unexpected …") the expected objects. */
export function compareObjects(expected: string[], actual: string[]): string[] {
  const have = new Set(actual);
  const want = new Set(expected);
  return [
    ...expected.filter((o) => !have.has(o)).map((o) => `missing ${o}`),
    ...actual.filter((o) => !want.has(o)).map((o) => `unexpected ${o}`),
  ];
}
