import { Prisma } from "@accord/db";

/** Thrown while compiling when a query asks for something the compiled path does not cover: it then runs through the resolvers. */
export class NotCompiled extends Error {}

export function notCompiled(why: string): never {
  throw new NotCompiled(why);
}

const namePattern = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** A response key as the SQL text of a JSON key and its colon (`"key":`), after `before` (`,` or `{`). */
export function jsonKey(key: string, before = ""): Prisma.Sql {
  if (!namePattern.test(key)) notCompiled(`"${key}" is not a GraphQL name`);
  return Prisma.raw(`'${before}"${key}":'`);
}

/**
 * How a member's value becomes JSON text: `json` is JSON text (or a json value) already, an object or a
 * list; `plain` text needing no escapes (global IDs, cursors, enum labels) is quoted as it is; `bare` is
 * written as its text (Int, Boolean); a `scalar` goes through to_json, which escapes it.
 */
export type ValueKind = "json" | "plain" | "bare" | "scalar";

/** A value as JSON text, null as `null`. */
export function valueText(value: Prisma.Sql, kind: ValueKind): Prisma.Sql {
  if (kind === "json") return Prisma.sql`coalesce((${value})::text, 'null')`;
  if (kind === "plain") return Prisma.sql`coalesce('"' || (${value}) || '"', 'null')`;
  if (kind === "bare") return Prisma.sql`coalesce((${value})::text, 'null')`;
  return Prisma.sql`coalesce(to_json(${value})::text, 'null')`;
}

/**
 * An object as JSON text, members in query order, written by concatenation: json_build_object looked up
 * the type of every key and value on every row, json_agg copied each nested level's text again, and
 * their spacing had to be taken out in Node. Never null.
 */
export function jsonObject(entries: [string, Prisma.Sql, ValueKind][]): Prisma.Sql {
  if (!entries.length) return Prisma.raw(`'{}'`);
  const members = entries.map(
    ([key, value, kind], i) => Prisma.sql`${jsonKey(key, i ? "," : "{")} || ${valueText(value, kind)}`,
  );
  return Prisma.sql`(${Prisma.join(members, " || ")} || '}')`;
}

/** A JSON array's text from its elements' texts (never null) in the rows' order; `[]` when there are none. */
export function jsonArray(element: Prisma.Sql, filter: Prisma.Sql = Prisma.empty): Prisma.Sql {
  return Prisma.sql`coalesce('[' || string_agg(${element}, ',')${filter} || ']', '[]')`;
}

// SQL whose text needs no JSON escapes (base64url, enum labels): quoted as it is, not through to_json.
const plainTexts = new WeakSet<Prisma.Sql>();

/** Marks SQL giving text that needs no JSON escapes (no quote, backslash or control character). */
export function plainText(sql: Prisma.Sql): Prisma.Sql {
  plainTexts.add(sql);
  return sql;
}

export const isPlainText = (sql: Prisma.Sql) => plainTexts.has(sql);

// Global IDs and cursors are base64url without padding (Buffer.toString("base64url")) of "<prefix><uuid>".
// The length is fixed, so left() drops the padding; replace() is cheaper than translate(), which showed in
// PostgreSQL's time for the hundreds of IDs of a page. The text is ASCII, so ::bytea stands in for the
// costlier convert_to.
function base64urlOfUuid(prefix: string, idColumn: string): Prisma.Sql {
  const bytes = prefix.length + 36;
  const chars = Math.ceil((bytes * 4) / 3);
  const encoded = `encode(('${prefix}' || (${idColumn})::uuid::text)::bytea, 'base64')`;
  // encode() wraps lines after 57 bytes (CommitmentStatusChange's IDs): the line break goes.
  const base64 = `left(${bytes > 57 ? `replace(${encoded}, chr(10), '')` : encoded}, ${chars})`;
  return plainText(Prisma.raw(`replace(replace(${base64}, '+', '-'), '/', '_')`));
}

/** Text as base64url without padding, as Buffer.toString("base64url") writes it (for texts of any length). */
export function base64urlOfText(text: string): Prisma.Sql {
  const base64 = `replace(encode(convert_to(${text}, 'UTF8'), 'base64'), chr(10), '')`;
  return plainText(Prisma.raw(`rtrim(replace(replace(${base64}, '+', '-'), '/', '_'), '=')`));
}

/** The opaque global ID of a row ("Type:uuid", common/global-id.ts). */
export function globalIdSql(type: string, idColumn: string): Prisma.Sql {
  if (!namePattern.test(type)) notCompiled(`"${type}" is not a type name`);
  return base64urlOfUuid(`${type}:`, idColumn);
}

/** A connection cursor ("cursor:uuid", common/paginate.ts). */
export function cursorSql(idColumn: string): Prisma.Sql {
  return base64urlOfUuid("cursor:", idColumn);
}

/**
 * SQL written as text with `marker` standing for a uuid: each place bound to `uuid` as a parameter. A
 * constant, not a column of an outer row, so a hashed subplan over it is built once, not once a row.
 */
export function bindUuid(sql: Prisma.Sql, marker: string, uuid: string): Prisma.Sql {
  const strings: string[] = [];
  const values: unknown[] = [];
  let text = "";
  sql.strings.forEach((part, i) => {
    const [head = "", ...rest] = part.split(marker);
    text += head;
    for (const piece of rest) {
      strings.push(text);
      values.push(uuid);
      text = `::uuid${piece}`;
    }
    if (i < sql.values.length) {
      strings.push(text);
      values.push(sql.values[i]);
      text = "";
    }
  });
  return new Prisma.Sql([...strings, text], values);
}
