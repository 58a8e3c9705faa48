import type { PrismaClient } from "@accord/db";
import type DataLoader from "dataloader";
import type { Connection, ConnectionArgs } from "../common/connection.type";
import { paginateIds } from "../common/keyset";
import { loadAll } from "../common/load-all";
import { OrderDirection } from "../common/order-direction";
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
  const { prisma } = options;
  const { where, topics } = await statementFilterParts(prisma, options.filter);
  // ENGAGEMENT_DATE is the only field, so only the direction matters.
  const direction = options.orderBy?.direction ?? OrderDirection.DESC;
  return paginateIds({
    prisma,
    args: options.page,
    pageSql: (request) => statementPageSql({ where, topics, direction, ...request }),
    countSql: () => statementCountSql(withTopics(where, topics)),
    load: (ids) => loadAll(options.statementLoader, ids),
  });
}
