import type { Connection, ConnectionArgs } from "./connection.type";
import { AppError } from "./errors";
import { lazy } from "./lazy";

export const maxPageSize = 100;
export const defaultPageSize = 20;

type SortOrder = "asc" | "desc";
export type OrderBy = Record<string, SortOrder>[];

export type FindPage<T> = (query: {
  orderBy: OrderBy;
  take: number;
  cursor?: { id: string };
  skip?: number;
}) => Promise<T[]>;

export type PaginateOptions<T extends { id: string }> = {
  args: ConnectionArgs;
  /** Sort order without the final id tie-break, which is added here so the order is total. */
  orderBy: OrderBy;
  findMany: FindPage<T>;
  count: () => Promise<number>;
};

export function encodeCursor(id: string): string {
  return Buffer.from(`cursor:${id}`, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string, field: string): string {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const id = text.startsWith("cursor:") ? text.slice("cursor:".length) : "";
  if (!/^[0-9a-f-]{36}$/i.test(id))
    throw new AppError("BAD_USER_INPUT", `${field}: "${cursor}" is not a cursor`, { field });
  return id;
}

/** Reads and checks first/after/last/before: a page is at most 100 records. */
export function pageRequest(args: ConnectionArgs): { size: number; backward: boolean; cursor?: string } {
  for (const field of ["first", "last"] as const) {
    const value = args[field];
    if (value != null && (value < 0 || value > maxPageSize)) {
      throw new AppError("BAD_USER_INPUT", `${field}: ${value} is outside 0..${maxPageSize}, the largest page`, {
        field,
      });
    }
  }
  if (args.first != null && args.last != null) {
    throw new AppError("BAD_USER_INPUT", "first and last cannot be used together", { field: "last" });
  }
  const backward = args.last != null || (args.before != null && args.first == null);
  const size = (backward ? args.last : args.first) ?? defaultPageSize;
  const cursorField = backward ? "before" : "after";
  const cursor = args[cursorField];
  return { size, backward, cursor: cursor ? decodeCursor(cursor, cursorField) : undefined };
}

function reverse(orderBy: OrderBy): OrderBy {
  return orderBy.map((entry) =>
    Object.fromEntries(Object.entries(entry).map(([key, dir]) => [key, dir === "asc" ? "desc" : "asc"])),
  );
}

/** Keyset pagination over a Prisma model through its cursor option: one SQL statement a page. */
export async function paginate<T extends { id: string }>(options: PaginateOptions<T>): Promise<Connection<T>> {
  const { size, backward, cursor } = pageRequest(options.args);
  // The id breaks ties in the direction of the last sort key.
  const lastKey = options.orderBy.at(-1);
  const last = lastKey ? Object.values(lastKey)[0] : "asc";
  const orderBy = [...options.orderBy, { id: last ?? "asc" }];
  // A page of 0 still reads one row: whether more follow is part of its pageInfo.
  const rows = await options.findMany({
    orderBy: backward ? reverse(orderBy) : orderBy,
    take: size + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
  });
  const more = rows.length > size;
  const page = rows.slice(0, size);
  if (backward) page.reverse();
  const edges = page.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: backward ? Boolean(options.args.before) : more,
      hasPreviousPage: backward ? more : Boolean(options.args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: lazy(options.count),
  };
}
