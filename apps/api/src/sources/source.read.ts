import { connection, describeType, globalId, keysetRoot, list, reference } from "../compiled-reads/describe";
import type { SourcesArgs } from "./source.input";
import { citationsBySourceSpec } from "./source.loaders";
import { sourceConditions, sourceSort, sourceTable } from "./source.sql";

export const sourceRead = describeType(
  "Source",
  "source",
  {
    id: globalId("Source"),
    publisher: reference("Actor", "publisher_id"),
    authors: list(
      "Actor",
      (row) =>
        `SELECT a.* FROM source_author sa JOIN actor a ON a.id = sa.actor_id WHERE sa.source_id = ${row}.id ORDER BY sa.position, sa.actor_id`,
    ),
    citations: connection("CitationConnection", "Citation", () => citationsBySourceSpec),
  },
  "Source",
);

export const sourcesRoot = keysetRoot("sources", "SourceConnection", "Source", sourceTable, (args) => {
  const { filter, orderBy } = args as unknown as SourcesArgs;
  return { where: sourceConditions(filter), sort: sourceSort(orderBy) };
});
