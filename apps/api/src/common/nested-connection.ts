import { Prisma, type PrismaClient } from "@accord/db";
import DataLoader from "dataloader";
import type { Connection, ConnectionArgs } from "./connection.type";
import { andAll, keysetCondition, type SqlSort, type SqlTable, toConnection, walk } from "./keyset";
import { pageRequest } from "./paginate";

/** A nested connection (an actor's engagements): which children each parent has, and their order. */
export type NestedConnectionSpec = SqlTable & {
  /** SQL giving (parent_id, id) pairs of the parents' children; must not repeat a pair. */
  pairs: (parentIds: string[]) => Prisma.Sql;
  sort: (args: ConnectionArgs) => SqlSort;
  where?: Prisma.Sql[];
};

/** One statement for the pages of every parent: the first n + 1 children per parent by ROW_NUMBER. */
export function nestedPageSql(
  spec: NestedConnectionSpec,
  parentIds: string[],
  args: ConnectionArgs,
): { sql: Prisma.Sql; size: number; backward: boolean } {
  const request = pageRequest(args);
  const sort = spec.sort(args);
  const { order } = walk(sort, request.backward);
  const { table, alias } = spec;
  const where = andAll([...(spec.where ?? []), keysetCondition(spec, sort, request.backward, request.cursor)]);
  const sql = Prisma.sql`SELECT parent_id::text AS "parentId", id::text AS id FROM (
    SELECT s.parent_id, ${alias}.id, row_number() OVER (PARTITION BY s.parent_id ORDER BY ${sort.expression} ${order}, ${alias}.id ${order}) AS rn
    FROM (${spec.pairs(parentIds)}) s JOIN ${table} ${alias} ON ${alias}.id = s.id
    WHERE ${where}
  ) ranked WHERE rn <= ${request.size + 1} ORDER BY parent_id, rn`;
  return { sql, ...request };
}

export function nestedCountSql(spec: NestedConnectionSpec, parentIds: string[]): Prisma.Sql {
  const { table, alias } = spec;
  return Prisma.sql`SELECT s.parent_id::text AS "parentId", count(*)::int AS n
    FROM (${spec.pairs(parentIds)}) s JOIN ${table} ${alias} ON ${alias}.id = s.id
    WHERE ${andAll(spec.where ?? [])} GROUP BY s.parent_id`;
}

/**
 * Per-request loaders for a nested connection, one per distinct set of arguments: a page of 50 parents
 * costs one statement for the children's ids, one for their rows and, if asked, one for the counts.
 */
export function nestedConnectionLoader<T extends { id: string }>(
  prisma: PrismaClient,
  spec: NestedConnectionSpec,
  load: (ids: string[]) => Promise<T[]>,
): (args: ConnectionArgs) => DataLoader<string, Connection<T>> {
  const counts = new DataLoader<string, number>(async (parentIds) => {
    const rows = await prisma.$queryRaw<{ parentId: string; n: number }[]>(nestedCountSql(spec, [...parentIds]));
    const byParent = new Map(rows.map((row) => [row.parentId, row.n]));
    return parentIds.map((id) => byParent.get(id) ?? 0);
  });
  const byArgs = new Map<string, DataLoader<string, Connection<T>>>();
  return (args) => {
    const key = JSON.stringify(args);
    let loader = byArgs.get(key);
    if (!loader) {
      loader = new DataLoader(async (parentIds) => {
        const { sql, ...request } = nestedPageSql(spec, [...parentIds], args);
        const pairs = request.size === 0 ? [] : await prisma.$queryRaw<{ parentId: string; id: string }[]>(sql);
        const rows = new Map((await load([...new Set(pairs.map((pair) => pair.id))])).map((row) => [row.id, row]));
        const children = new Map<string, T[]>();
        for (const pair of pairs) {
          const row = rows.get(pair.id);
          if (!row) continue;
          const list = children.get(pair.parentId);
          if (list) list.push(row);
          else children.set(pair.parentId, [row]);
        }
        return parentIds.map((parentId) =>
          toConnection(children.get(parentId) ?? [], request, args, () => counts.load(parentId)),
        );
      });
      byArgs.set(key, loader);
    }
    return loader;
  };
}
