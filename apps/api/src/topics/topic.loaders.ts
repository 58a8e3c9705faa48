import type { PrismaClient } from "@accord/db";
import { byIdLoader, groupLoader } from "../common/loader-factories";

/** Topics by ID and by parent, batched per request. */
export function createTopicLoaders(prisma: PrismaClient) {
  return {
    topic: byIdLoader((ids) => prisma.topic.findMany({ where: { id: { in: ids } } })),
    topicChildren: groupLoader(
      (ids) => prisma.topic.findMany({ where: { parentId: { in: ids } }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
      (row) => row.parentId ?? "",
    ),
  };
}
