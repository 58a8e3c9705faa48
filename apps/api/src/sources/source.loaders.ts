import type { PrismaClient } from "@accord/db";
import { required } from "@accord/domain";
import { byIdLoader, groupLoader } from "../common/loader-factories";
import { type WindowListSpec, windowConnectionLoader } from "../common/window-connection";

const citationOrder = [{ startOffset: { sort: "asc", nulls: "last" } }, { id: "asc" }] as const;

/** A source's citations in text order. */
export const citationsBySourceSpec: WindowListSpec = {
  from: "citation ct",
  id: "ct.id",
  parent: "ct.source_id",
  order: "ct.start_offset NULLS LAST, ct.id",
};

/** Sources, authors and citations, batched per request. */
export function createSourceLoaders(prisma: PrismaClient) {
  const citation = byIdLoader((ids) => prisma.citation.findMany({ where: { id: { in: ids } } }));
  const citationsBy = (key: "engagementId" | "statementId" | "commitmentId" | "commitmentStageId") =>
    groupLoader(
      (ids) => prisma.citation.findMany({ where: { [key]: { in: ids } }, orderBy: [...citationOrder] }),
      (row) => required(row[key], `the ${key} of citation ${row.id}`),
    );
  return {
    source: byIdLoader((ids) => prisma.source.findMany({ where: { id: { in: ids } } })),
    authorsBySource: groupLoader(
      (ids) =>
        prisma.sourceAuthor.findMany({
          where: { sourceId: { in: ids } },
          orderBy: [{ position: "asc" }, { actorId: "asc" }],
        }),
      (row) => row.sourceId,
    ),
    citation,
    citationsByEngagement: citationsBy("engagementId"),
    citationsByStatement: citationsBy("statementId"),
    citationsByCommitment: citationsBy("commitmentId"),
    citationsByStage: citationsBy("commitmentStageId"),
    citationsBySource: windowConnectionLoader(prisma, citationsBySourceSpec, citation),
  };
}
