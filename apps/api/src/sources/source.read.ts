import { countSql, pageSql } from "../common/keyset";
import { rootConnection } from "../compiled-reads/connections";
import { columns, connection, describeType, globalId, list, reference, rootRead } from "../compiled-reads/describe";
import { keysetPage, requestedPage } from "../compiled-reads/pages";
import type { SourcesArgs } from "./source.input";
import { citationsBySourceSpec } from "./source.loaders";
import { sourceConditions, sourceSort, sourceTable } from "./source.sql";

export const sourceRead = describeType("Source", "source", {
  id: globalId("Source"),
  ...columns("Source", ["kind", "title", "url", "publishedOn", "language", "content", "version"]),
  publisher: reference("Actor", "publisher_id"),
  authors: list(
    "Actor",
    (row) =>
      `SELECT a.* FROM source_author sa JOIN actor a ON a.id = sa.actor_id WHERE sa.source_id = ${row}.id ORDER BY sa.position, sa.actor_id`,
  ),
  citations: connection("CitationConnection", "Citation", () => citationsBySourceSpec),
});

export const sourcesRoot = rootRead("sources", async (c, nodes) => {
  const args = c.args("Query", nodes[0]!) as unknown as SourcesArgs;
  const request = requestedPage(args);
  const where = sourceConditions(args.filter);
  const ids = pageSql({ ...sourceTable, where, sort: sourceSort(args.orderBy), ...request });
  return rootConnection(
    c,
    "SourceConnection",
    keysetPage(request, "Source", ids, countSql({ ...sourceTable, where })),
    nodes,
  );
});
