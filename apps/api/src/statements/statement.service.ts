import type { PrismaClient } from "@accord/db";
import type DataLoader from "dataloader";
import type { Connection, ConnectionArgs } from "../common/connection.type";
import { lazy } from "../common/lazy";
import { OrderDirection } from "../common/order-direction";
import { encodeCursor, pageRequest } from "../common/paginate";
import { statementFilterParts, withTopics } from "./statement.filter";
import type { StatementFilter, StatementOrder } from "./statement.input";
import { statementCountSql, statementPageSql } from "./statement.page";
import type { Statement } from "./statement.type";

export type FindStatementsOptions = {
  prisma: PrismaClient;
  /** Loads the page's rows by id (the request's loader, so nested fields reuse them). */
  statementLoader: DataLoader<string, Statement | null>;
  page: ConnectionArgs;
  filter?: StatementFilter | null;
  orderBy?: StatementOrder | null;
};

/** A page of statements, by default newest engagement first and in the source's order within one. */
export async function findStatements(options: FindStatementsOptions): Promise<Connection<Statement>> {
  const { prisma, page } = options;
  const request = pageRequest(page);
  const { where, topics } = await statementFilterParts(prisma, options.filter);
  // ENGAGEMENT_DATE is the only field, so only the direction matters.
  const direction = options.orderBy?.direction ?? OrderDirection.DESC;
  const ids =
    request.size === 0
      ? []
      : await prisma.$queryRaw<{ id: string }[]>(statementPageSql({ where, topics, direction, ...request }));
  const more = ids.length > request.size;
  const kept = ids.slice(0, request.size).map((row) => row.id);
  if (request.backward) kept.reverse();
  const rows = await options.statementLoader.loadMany(kept);
  const edges = rows.flatMap((row) =>
    row && !(row instanceof Error) ? [{ cursor: encodeCursor(row.id), node: row }] : [],
  );
  return {
    edges,
    pageInfo: {
      hasNextPage: request.backward ? Boolean(page.before) : more,
      hasPreviousPage: request.backward ? more : Boolean(page.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: lazy(async () => {
      const [row] = await prisma.$queryRaw<{ n: number }[]>(statementCountSql(withTopics(where, topics)));
      return row?.n ?? 0;
    }),
  };
}
