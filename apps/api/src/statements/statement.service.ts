import type { Prisma, PrismaClient } from "@accord/db";
import type { ConnectionArgs } from "../common/connection.type";
import { AppError } from "../common/errors";
import { decodeId } from "../common/global-id";
import { type OrderBy, paginate } from "../common/paginate";
import { type StatementFilter, StatementOrderBy } from "./statement.input";
import { findIdsMatchingText } from "./text-match";

export type FindStatementsOptions = {
  prisma: PrismaClient;
  page: ConnectionArgs;
  filter?: StatementFilter | null;
  orderBy?: StatementOrderBy;
};

/** A page of statements, by default newest engagement first and in the source's order within one. */
export async function findStatements({ prisma, page, filter, orderBy }: FindStatementsOptions) {
  const where = await statementWhere({ prisma, filter });
  const dir = orderBy === StatementOrderBy.ENGAGEMENT_DATE_ASC ? "asc" : "desc";
  return paginate({
    args: page,
    orderBy: [{ engagementDate: dir }, { engagementId: dir }, { position: "asc" }],
    findMany: ({ orderBy: order, ...query }) =>
      prisma.statement.findMany({ ...query, where, orderBy: toPrismaOrder(order) }),
    count: () => prisma.statement.count({ where }),
  });
}

// paginate only knows flat columns; the engagement's date is a relation order in Prisma.
function toPrismaOrder(order: OrderBy): Prisma.StatementOrderByWithRelationInput[] {
  return order.map((entry) => {
    const [key, dir] = Object.entries(entry)[0]!;
    return key === "engagementDate" ? { engagement: { startDate: dir } } : { [key]: dir };
  });
}

export type StatementWhereOptions = { prisma: PrismaClient; filter?: StatementFilter | null };

/** The Prisma condition for a statement filter; looks up the topic's path and the text matches. */
export async function statementWhere({ prisma, filter }: StatementWhereOptions): Promise<Prisma.StatementWhereInput> {
  if (!filter) return {};
  const and: Prisma.StatementWhereInput[] = [];
  if (filter.speaker) and.push({ speakerId: decodeId(filter.speaker, "Actor", "filter.speaker") });
  if (filter.speakers) {
    const ids = filter.speakers.map((id, i) => decodeId(id, "Actor", `filter.speakers[${i}]`));
    and.push({ speakerId: { in: ids } });
  }
  if (filter.kind) and.push({ kind: filter.kind });
  if (filter.kinds) and.push({ kind: { in: filter.kinds } });
  if (filter.engagement) and.push({ engagementId: decodeId(filter.engagement, "Engagement", "filter.engagement") });
  if (filter.mention) {
    const actorId = decodeId(filter.mention, "Actor", "filter.mention");
    and.push({ mentions: { some: { actorId } } });
  }
  if (filter.topic)
    and.push({ topics: { some: { topic: await topicTreeWhere(prisma, filter.topic, "filter.topic") } } });
  if (filter.text != null) {
    const ids = await findIdsMatchingText({ prisma, table: "statement", text: filter.text });
    if (ids) and.push({ id: { in: ids } });
  }
  return { AND: and };
}

/** A topic and its sub-topics: the same path or a path below it. */
export async function topicTreeWhere(prisma: PrismaClient, globalId: string, field: string) {
  const id = decodeId(globalId, "Topic", field);
  const topic = await prisma.topic.findUnique({ where: { id }, select: { path: true } });
  if (!topic) throw new AppError("NOT_FOUND", `${field}: there is no topic with ID "${globalId}"`, { field });
  return { OR: [{ path: topic.path }, { path: { startsWith: `${topic.path}/` } }] } satisfies Prisma.TopicWhereInput;
}
