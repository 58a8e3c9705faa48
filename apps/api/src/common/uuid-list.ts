import { Prisma } from "@accord/db";

/** Lists up to this long are written one parameter a value; longer ones stay one array parameter. */
const spelledOut = 32;

/**
 * A list of uuids for `= ANY(…)`. A generic plan prices an array parameter as about ten values whatever its
 * length (one topic's 3,339 engagement rows as 30,957, one state's 3,049 engagements as 25,224), so a grouping
 * filtered by one value hashed the whole engagement table; `ARRAY[$1, …]` of the list's own length is priced
 * value by value and those rows are probed by id. Each length is its own statement, hence the bound.
 */
export function uuidList(ids: readonly string[]): Prisma.Sql {
  if (!ids.length || ids.length > spelledOut) return Prisma.sql`${[...ids]}::uuid[]`;
  return Prisma.sql`ARRAY[${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))}]`;
}
