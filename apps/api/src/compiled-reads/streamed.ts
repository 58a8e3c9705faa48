import { Prisma } from "@accord/db";
import type { SelectionSetNode } from "graphql";
import { type Compilation, type FieldNodes, type FieldSql, selectedValue, valueKind } from "./selection";
import { jsonKey, valueText } from "./sql";

/**
 * A root field's JSON as text parts: rows (o, rn, t) that Node joins in (o, rn) order. A root list of
 * 50 engagements built as one json_agg cost twice the SQL time of sending each edge as its own row:
 * every aggregate and wrapper level copies the whole answer again.
 */
export type Streamed = { parts: Prisma.Sql };

export const isStreamed = (value: Prisma.Sql | Streamed): value is Streamed => "parts" in value;

/**
 * An array's rows: `from` (alias `x`, numbered `rn` from 1, the first `size` of them kept), each
 * element's JSON, and `joins` the element reads beside `x` (by key, one row each).
 */
export type StreamedArray = {
  x: string;
  from: Prisma.Sql;
  /** Each element's JSON text, never null. */
  element: Prisma.Sql;
  size?: number;
  joins?: Prisma.Sql;
  /** CTEs before `x` that `from`, the elements and the text around them may read. */
  ctes?: Prisma.Sql;
};

/** A JSON array as parts: `[`, each element of `from` (rn ≤ size) in order, `]`. */
export function streamedArray(array: StreamedArray): Streamed {
  return { parts: partsSql([Prisma.sql`'['`], array, [Prisma.sql`']'`], false) };
}

/**
 * An object of `typeName` whose one `arrayField` key (edges) is streamed and whose other keys, compiled
 * by `field`, go in the text before and after it (read over the array's rows grouped, as pageInfo
 * aggregates them); null when the key is not selected exactly once.
 */
export function streamedObject(
  c: Compilation,
  typeName: string,
  selectionSets: readonly (SelectionSetNode | undefined)[],
  field: FieldSql,
  arrayField: string,
  array: (nodes: FieldNodes) => StreamedArray,
): Streamed | null {
  const fields = [...c.fields(typeName, selectionSets)];
  const at = fields.findIndex(([, nodes]) => nodes[0].name.value === arrayField);
  const arrayEntry = fields[at];
  if (!arrayEntry || fields.some(([, nodes], i) => i !== at && nodes[0].name.value === arrayField)) return null;
  const member = ([key, nodes]: [string, FieldNodes]) => {
    const value = selectedValue(typeName, nodes, field);
    return Prisma.sql`${jsonKey(key)} || ${valueText(value, valueKind(c, typeName, nodes[0].name.value, value))}`;
  };
  const before = fields.slice(0, at).map((entry) => Prisma.sql`${member(entry)} || ','`);
  const after = fields.slice(at + 1).map((entry) => Prisma.sql`',' || ${member(entry)}`);
  const [key, nodes] = arrayEntry;
  const open = [Prisma.sql`'{'`, ...before, Prisma.sql`${jsonKey(key)} || '['`];
  const close = [Prisma.sql`']'`, ...after, Prisma.sql`'}'`];
  return { parts: partsSql(open, array(nodes), close, before.length + after.length > 0) };
}

/** The part rows; the text around the elements reads the rows grouped when it has keys of its own. */
function partsSql(open: Prisma.Sql[], array: StreamedArray, close: Prisma.Sql[], grouped: boolean): Prisma.Sql {
  const x = Prisma.raw(array.x);
  const text = (pieces: Prisma.Sql[]) => Prisma.join(pieces, " || ");
  const around = grouped ? Prisma.sql`FROM ${x} GROUP BY ()` : Prisma.empty;
  const limit =
    array.size === undefined ? Prisma.empty : Prisma.sql`WHERE ${x}.rn <= ${Prisma.raw(String(array.size))}`;
  const joins = array.joins ?? Prisma.empty;
  const element = Prisma.sql`CASE WHEN ${x}.rn = 1 THEN '' ELSE ',' END || ${array.element}`;
  // Read once (no keys around the array, nothing joined to it by name): the rows inline. A materialized
  // CTE of 25 engagements cost a sixth of the statement's CPU.
  if (!grouped && joins.text === "") {
    return Prisma.sql`(SELECT 0 AS o, 0::bigint AS rn, ${text(open)} AS t
    UNION ALL SELECT 1, ${x}.rn, ${element} FROM (${array.from}) ${x} ${limit}
    UNION ALL SELECT 2, 0, ${text(close)})`;
  }
  // The rows computed once for the three parts; Node joins the parts in (o, rn) order.
  const ctes = array.ctes ? Prisma.sql`${array.ctes},` : Prisma.empty;
  return Prisma.sql`(WITH ${ctes} ${x} AS MATERIALIZED (${array.from})
    SELECT 0 AS o, 0::bigint AS rn, ${text(open)} AS t ${around}
    UNION ALL SELECT 1, ${x}.rn, ${element} FROM ${x} ${joins} ${limit}
    UNION ALL SELECT 2, 0, ${text(close)} ${around})`;
}
