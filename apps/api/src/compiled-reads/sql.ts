import { Prisma } from "@accord/db";

/** Thrown while compiling when a query asks for something the compiled path does not cover: it then runs through the resolvers. */
export class NotCompiled extends Error {}

export function notCompiled(why: string): never {
  throw new NotCompiled(why);
}

const namePattern = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** A response key as an SQL string literal; GraphQL names are letters, digits and underscores only. */
export function keyLiteral(key: string): Prisma.Sql {
  if (!namePattern.test(key)) notCompiled(`"${key}" is not a GraphQL name`);
  return Prisma.raw(`'${key}'`);
}

/** A response key as the SQL text of a JSON key and its colon (`"key":`), after `before` (`,` or `{`). */
export function jsonKey(key: string, before = ""): Prisma.Sql {
  if (!namePattern.test(key)) notCompiled(`"${key}" is not a GraphQL name`);
  return Prisma.raw(`'${before}"${key}":'`);
}

/** json_build_object over response keys in query order (json keeps the order; jsonb would not). */
export function jsonObject(entries: [string, Prisma.Sql][]): Prisma.Sql {
  // json_build_object takes at most 100 arguments.
  if (entries.length > 50) notCompiled("more than 50 fields in one object");
  if (!entries.length) return Prisma.sql`json_build_object()`;
  return Prisma.sql`json_build_object(${Prisma.join(entries.map(([key, value]) => Prisma.sql`${keyLiteral(key)}, ${value}`))})`;
}

/**
 * The object jsonObject builds, as JSON text, for what is sent as text anyway (a streamed row):
 * json_build_object looks up the type of every key and value again on every row it builds. A value
 * marked `json` (an object or list) is json already: its text is used as it is.
 */
export function jsonObjectText(entries: [string, Prisma.Sql, boolean?][]): Prisma.Sql {
  if (!entries.length) return Prisma.raw(`'{}'`);
  const members = entries.map(([key, value, json], i) => {
    const text = json ? Prisma.sql`(${value})::text` : Prisma.sql`to_json(${value})::text`;
    return Prisma.sql`${jsonKey(key, i ? "," : "{")} || coalesce(${text}, 'null')`;
  });
  return Prisma.sql`(${Prisma.join(members, " || ")} || '}')`;
}

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
  return Prisma.raw(`replace(replace(${base64}, '+', '-'), '/', '_')`);
}

/** Text as base64url without padding, as Buffer.toString("base64url") writes it (for texts of any length). */
export function base64urlOfText(text: string): Prisma.Sql {
  const base64 = `replace(encode(convert_to(${text}, 'UTF8'), 'base64'), chr(10), '')`;
  return Prisma.raw(`rtrim(replace(replace(${base64}, '+', '-'), '/', '_'), '=')`);
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
