import { Prisma, type PrismaClient } from "@accord/db";
import DataLoader from "dataloader";
import type { Connection, ConnectionArgs } from "./connection.type";
import { andAll, keysetCondition, type SqlSort, type SqlTable, toConnection, walk } from "./keyset";
import { loadAll } from "./load-all";
import { pageRequest } from "./paginate";

/** A nested connection (an actor's engagements): which children belong to a parent, and their order. */
export type NestedConnectionSpec = SqlTable & {
  /** Condition over the child alias that ties a child to the parent id `parent` (an SQL expression). */
  belongsTo: (parent: Prisma.Sql) => Prisma.Sql;
  sort: (args: ConnectionArgs) => SqlSort;
  where?: Prisma.Sql[];
};

const parentRef = Prisma.sql`k.parent_id`;

/**
 * One statement for the pages of every parent: a LATERAL subquery per parent that walks the child
 * index with ORDER BY … LIMIT n + 1, so the work grows with the page, not with the table.
 */
export function nestedPageSql(
  spec: NestedConnectionSpec,
  parentIds: string[],
  args: ConnectionArgs,
): { sql: Prisma.Sql; size: number; backward: boolean } {
  const request = pageRequest(args);
  const sort = spec.sort(args);
  const { order } = walk(sort, request.backward);
  const { table, alias } = spec;
  const where = andAll([
    spec.belongsTo(parentRef),
    ...(spec.where ?? []),
    keysetCondition(spec, sort, request.backward, request.cursor),
  ]);
  const sql = Prisma.sql`SELECT k.parent_id::text AS "parentId", page.id::text AS id
    FROM unnest(${parentIds}::uuid[]) AS k(parent_id)
    CROSS JOIN LATERAL (
      SELECT ${alias}.id, row_number() OVER (ORDER BY ${sort.expression} ${order}, ${alias}.id ${order}) AS rn
      FROM ${table} ${alias} WHERE ${where}
      ORDER BY ${sort.expression} ${order}, ${alias}.id ${order} LIMIT ${request.size + 1}
    ) page ORDER BY k.parent_id, page.rn`;
  return { sql, ...request };
}

export function nestedCountSql(spec: NestedConnectionSpec, parentIds: string[]): Prisma.Sql {
  const { table, alias } = spec;
  return Prisma.sql`SELECT k.parent_id::text AS "parentId",
    (SELECT count(*)::int FROM ${table} ${alias} WHERE ${andAll([spec.belongsTo(parentRef), ...(spec.where ?? [])])}) AS n
    FROM unnest(${parentIds}::uuid[]) AS k(parent_id)`;
}

/**
 * Per-request loaders for a nested connection, one per distinct set of arguments: a page of 50 parents
 * costs one statement for the children's ids, one for their rows and, if asked, one for the counts.
 */
export function nestedConnectionLoader(prisma: PrismaClient, spec: NestedConnectionSpec) {
  const counts = new DataLoader<string, number>(async (parentIds) => {
    const rows = await prisma.$queryRaw<{ parentId: string; n: number }[]>(nestedCountSql(spec, [...parentIds]));
    const byParent = new Map(rows.map((row) => [row.parentId, row.n]));
    return parentIds.map((id) => byParent.get(id) ?? 0);
  });
  const byArgs = new Map<string, DataLoader<string, Connection<{ id: string }>>>();
  return <T extends { id: string }>(
    args: ConnectionArgs,
    rowLoader: DataLoader<string, T | null>,
  ): DataLoader<string, Connection<T>> => {
    const key = JSON.stringify(args);
    let loader = byArgs.get(key) as DataLoader<string, Connection<T>> | undefined;
    if (!loader) {
      loader = new DataLoader<string, Connection<T>>(async (parentIds) => {
        const { sql, ...request } = nestedPageSql(spec, [...parentIds], args);
        const pairs = request.size === 0 ? [] : await prisma.$queryRaw<{ parentId: string; id: string }[]>(sql);
        const found = await loadAll(rowLoader, [...new Set(pairs.map((pair) => pair.id))]);
        const rows = new Map(found.map((row) => [row.id, row]));
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
      byArgs.set(key, loader as unknown as DataLoader<string, Connection<{ id: string }>>);
    }
    return loader;
  };
}
