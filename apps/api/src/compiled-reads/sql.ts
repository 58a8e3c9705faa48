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

/** json_build_object over response keys in query order (json keeps the order; jsonb would not). */
export function jsonObject(entries: [string, Prisma.Sql][]): Prisma.Sql {
  // json_build_object takes at most 100 arguments.
  if (entries.length > 50) notCompiled("more than 50 fields in one object");
  if (!entries.length) return Prisma.sql`json_build_object()`;
  return Prisma.sql`json_build_object(${Prisma.join(entries.map(([key, value]) => Prisma.sql`${keyLiteral(key)}, ${value}`))})`;
}

// base64url without padding, as Buffer.toString("base64url") writes it (encode() wraps lines at 76 characters).
// The text is ASCII (a type name and a uuid), so a plain ::bytea cast stands in for convert_to (15 % cheaper).
const base64url = (text: string) => `translate(encode((${text})::bytea, 'base64'), E'+/=\\n', '-_')`;

/** The opaque global ID of a row ("Type:uuid", common/global-id.ts). */
export function globalIdSql(type: string, idColumn: string): Prisma.Sql {
  if (!namePattern.test(type)) notCompiled(`"${type}" is not a type name`);
  return Prisma.raw(base64url(`'${type}:' || ${idColumn}::text`));
}

/** A connection cursor ("cursor:uuid", common/paginate.ts). */
export function cursorSql(idColumn: string): Prisma.Sql {
  return Prisma.raw(base64url(`'cursor:' || ${idColumn}::text`));
}
