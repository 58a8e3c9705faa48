import { Prisma, type PrismaClient } from "@accord/db";
import DataLoader from "dataloader";
import type { Connection, ConnectionArgs } from "./connection.type";
import { lazy } from "./lazy";
import { batchOptions } from "./loader-factories";
import { encodeCursor, pageRequest } from "./paginate";

/** Where a nested list lives in SQL: trusted fragments, never user input. */
export type WindowListSpec = {
  /** FROM clause, e.g. `statement s JOIN engagement e ON e.id = s.engagement_id`. */
  from: string;
  /** The child's ID column, e.g. `s.id`. */
  id: string;
  /** The parent key column, e.g. `s.speaker_id`. */
  parent: string;
  /**
   * A total order within one parent, ending in the ID, e.g. `e.start_date DESC, s.position, s.id`;
   * a function when the connection takes an `orderBy` argument.
   */
  order: string | ((args: ConnectionArgs) => string);
  /**
   * For orders an index serves: pages read from the index (the first rows after the cursor) instead of
   * ranking every child of the parent; null for the other orders.
   */
  seek?: (args: ConnectionArgs) => SeekPage | null;
};

/**
 * SQL selecting `id` and `rn` (1, 2, … in this order) of the first `limit` children of the parent given
 * by the SQL expression `parent`, in the list's order or, when `reverse`, the opposite one; after the
 * child whose id is the SQL expression `after` (in that order) when it is not null, and then no rows at
 * all when that child is not one of the parent's (a cursor from another list gives an empty page, as
 * with windowSql).
 */
export type SeekPage = (parent: string, limit: number, reverse: boolean, after: string | null) => string;

export type WindowConnectionLoader<T> = {
  load(parentId: string, args: ConnectionArgs): Promise<Connection<T>>;
};

/** `total` is the parent's count when the window counted it (ranked pages), null for seek pages. */
type WindowRow = { id: string; parent: string; rn: number; total: number | null };

/**
 * Pages of a nested connection for many parents at once: one SQL statement for every parent that
 * asks for the same page (ROW_NUMBER() per parent), one grouped count when totalCount is asked.
 */
export function windowConnectionLoader<T extends { id: string }>(
  prisma: PrismaClient,
  spec: WindowListSpec,
  node: DataLoader<string, T | null>,
): WindowConnectionLoader<T> {
  const pages = new Map<string, DataLoader<string, Connection<T>>>();
  const counts = new DataLoader<string, number>(async (parents) => {
    const rows = await prisma.$queryRaw<{ parent: string; n: number }[]>(
      Prisma.sql`SELECT ${Prisma.raw(spec.parent)}::text AS parent, count(*)::int AS n FROM ${Prisma.raw(spec.from)}
        WHERE ${Prisma.raw(spec.parent)} = ANY(${[...parents]}::uuid[]) GROUP BY 1`,
    );
    const found = new Map(rows.map((row) => [row.parent, row.n]));
    return parents.map((parent) => found.get(parent) ?? 0);
  }, batchOptions);
  return {
    load(parentId, args) {
      const request = pageRequest(args);
      const order = typeof spec.order === "string" ? spec.order : spec.order(args);
      const key = JSON.stringify([request, args.after ?? null, args.before ?? null, order]);
      let loader = pages.get(key);
      if (!loader) {
        loader = new DataLoader((parents) => loadPages(parents, args, order), batchOptions);
        pages.set(key, loader);
      }
      return loader.load(parentId);
    },
  };

  async function loadPages(parents: readonly string[], args: ConnectionArgs, order: string): Promise<Connection<T>[]> {
    const { size, backward, cursor } = pageRequest(args);
    const query = { parents: [...parents], order, size, backward, cursor };
    const seek = spec.seek?.(args);
    const sql = seek ? seekSql(seek, query) : windowSql(spec, query);
    // A page of 0 still reads one row a parent: whether more follow is part of its pageInfo.
    const rows = await prisma.$queryRaw<WindowRow[]>(sql);
    const nodes = await node.loadMany(rows.map((row) => row.id));
    const byId = new Map(nodes.filter((n): n is T => n != null && !(n instanceof Error)).map((n) => [n.id, n]));
    const byParent = new Map<string, WindowRow[]>(parents.map((parent) => [parent, []]));
    for (const row of rows) byParent.get(row.parent)?.push(row);
    return parents.map((parent) => {
      const mine = (byParent.get(parent) ?? []).sort((a, b) => a.rn - b.rn);
      // The window already counted each parent's children: totalCount needs no query of its own (a seek
      // page counts nothing, so totalCount is counted when asked, unless the list is seen to be empty).
      const [first] = mine;
      if (first) {
        if (first.total != null) counts.prime(parent, first.total);
      } else if (!cursor && size > 0) counts.prime(parent, 0);
      const more = mine.length > size;
      const kept = backward ? mine.slice(mine.length - Math.min(size, mine.length)) : mine.slice(0, size);
      const edges = kept.flatMap((row) => {
        const found = byId.get(row.id);
        return found ? [{ cursor: encodeCursor(row.id), node: found }] : [];
      });
      return {
        edges,
        pageInfo: {
          hasNextPage: backward ? Boolean(args.before) : more,
          hasPreviousPage: backward ? more : Boolean(args.after),
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges[edges.length - 1]?.cursor ?? null,
        },
        totalCount: lazy(() => counts.load(parent)),
      };
    });
  }
}

export type WindowPageQuery = {
  parents: string[];
  /** The order within one parent (the spec's, resolved against the arguments). */
  order: string;
  size: number;
  backward: boolean;
  cursor?: string;
};

/** Rows of each parent's page plus one more (to tell whether more follow), by row number around the cursor. */
export function windowSql(spec: WindowListSpec, { parents, order, size, backward, cursor }: WindowPageQuery) {
  const ranked = Prisma.sql`SELECT ${Prisma.raw(spec.id)} AS id, ${Prisma.raw(spec.parent)} AS parent,
      ROW_NUMBER() OVER (PARTITION BY ${Prisma.raw(spec.parent)} ORDER BY ${Prisma.raw(order)}) AS rn,
      COUNT(*) OVER (PARTITION BY ${Prisma.raw(spec.parent)}) AS total
    FROM ${Prisma.raw(spec.from)} WHERE ${Prisma.raw(spec.parent)} = ANY(${parents}::uuid[])`;
  const anchor = cursor ?? null;
  const bounds = backward
    ? Prisma.sql`r.rn < coalesce(a.rn, r.total + 1) AND r.rn >= coalesce(a.rn, r.total + 1) - ${size + 1}`
    : Prisma.sql`r.rn > coalesce(a.rn, 0) AND r.rn <= coalesce(a.rn, 0) + ${size + 1}`;
  return Prisma.sql`WITH ranked AS (${ranked}),
    anchor AS (SELECT parent, rn FROM ranked WHERE id = ${anchor}::uuid)
    SELECT r.id::text AS id, r.parent::text AS parent, r.rn::int AS rn, r.total::int AS total
    FROM ranked r LEFT JOIN anchor a ON a.parent = r.parent
    WHERE (${anchor}::uuid IS NULL OR a.rn IS NOT NULL) AND ${bounds}`;
}

/**
 * Each parent's page plus one more row, from the spec's seek SQL: its cost follows the page, not the
 * parent's count. Rows are numbered in the list's order (backward pages read in reverse, so negated).
 */
export function seekSql(seek: SeekPage, { parents, size, backward, cursor }: WindowPageQuery) {
  const anchor = cursor ?? null;
  const page = seek("par.parent", size + 1, backward, anchor ? "anchor.id" : null);
  return Prisma.sql`SELECT x.id::text AS id, par.parent::text AS parent,
      (${backward ? Prisma.raw("-") : Prisma.empty}x.rn)::int AS rn, NULL::int AS total
    FROM unnest(${parents}::uuid[]) AS par(parent) CROSS JOIN (SELECT ${anchor}::uuid AS id) anchor
    CROSS JOIN LATERAL (${Prisma.raw(page)}) x`;
}
