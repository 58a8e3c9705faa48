import type { Prisma } from "@accord/db";
import { recordAudit } from "../audit/audit.write";
import { decodeId, toGlobalId } from "../common/global-id";
import { resolveTopicIds } from "../engagements/engagement-parts.write";
import { statementSearchText } from "../writes/derived";
import { resolveRefs } from "../writes/references";
import { runWrite, type Tx } from "../writes/transaction";
import { badInput } from "../writes/validate-input";
import { assertVersion, confirmUpdated, notFound } from "../writes/versioning";
import type { WriteContext } from "../writes/write-context";
import { lockEngagementOfStatement } from "./statement-locks";
import type { CreateStatementInput, UpdateStatementInput } from "./statement-write.input";

const snapshotInclude = {
  topics: { select: { topicId: true }, orderBy: { topicId: "asc" } },
  mentions: { select: { actorId: true }, orderBy: { actorId: "asc" } },
} satisfies Prisma.StatementInclude;

type StatementSnapshot = Prisma.StatementGetPayload<{ include: typeof snapshotInclude }>;

async function loadSnapshot(tx: Tx, id: string): Promise<StatementSnapshot> {
  const snapshot = await tx.statement.findUnique({ where: { id }, include: snapshotInclude });
  if (!snapshot) throw notFound("Statement", id, "input.id");
  return snapshot;
}

const strip = ({ topics: _t, mentions: _m, ...row }: StatementSnapshot) => row;

async function resolveMentions(tx: Tx, mentionIds: string[]): Promise<string[]> {
  const ids = await resolveRefs(
    tx,
    mentionIds.map((globalId, index) => ({ type: "Actor", globalId, field: `input.mentionIds[${index}]` })),
  );
  ids.forEach((id, index) => {
    if (ids.indexOf(id) !== index) throw badInput(`input.mentionIds[${index}]`, "the actor is listed twice");
  });
  return ids;
}

/** Records a statement in an engagement, with its topics and mentioned actors. */
export function createStatement({ prisma, viewer, input }: WriteContext & { input: CreateStatementInput }) {
  return runWrite(prisma, async (tx) => {
    const [engagementId, speakerId] = (await resolveRefs(tx, [
      { type: "Engagement", globalId: input.engagementId, field: "input.engagementId" },
      { type: "Actor", globalId: input.speakerId, field: "input.speakerId" },
    ])) as [string, string];
    const topicIds = await resolveTopicIds(tx, input.topicIds ?? []);
    const mentionIds = await resolveMentions(tx, input.mentionIds ?? []);
    const last = await tx.statement.aggregate({ where: { engagementId }, _max: { position: true } });
    const position = input.position ?? (last._max.position ?? -1) + 1;
    const gist = input.gist.trim();
    const created = await tx.statement.create({
      data: {
        engagementId,
        speakerId,
        kind: input.kind,
        gist,
        quote: input.quote ?? null,
        position,
        searchText: statementSearchText({ gist, quote: input.quote }),
        topics: { create: topicIds.map((topicId) => ({ topicId })) },
        mentions: { create: mentionIds.map((actorId) => ({ actorId })) },
      },
    });
    const after = await loadSnapshot(tx, created.id);
    await recordAudit({
      tx,
      viewer,
      action: "CREATE",
      entityType: "Statement",
      entityId: created.id,
      before: null,
      after,
    });
    return strip(after);
  });
}

/** Changes a statement if `version` is still current. */
export function updateStatement({ prisma, viewer, input }: WriteContext & { input: UpdateStatementInput }) {
  const id = decodeId(input.id, "Statement", "input.id");
  return runWrite(prisma, async (tx) => {
    await lockEngagementOfStatement(tx, id);
    const before = await tx.statement.findUnique({ where: { id }, include: snapshotInclude });
    assertVersion({ type: "Statement", id, expected: input.version, current: before?.version ?? null });
    if (!before) throw notFound("Statement", id, "input.id");
    const [speakerId] = input.speakerId
      ? await resolveRefs(tx, [{ type: "Actor", globalId: input.speakerId, field: "input.speakerId" }])
      : [undefined];
    const topicIds = input.topicIds ? await resolveTopicIds(tx, input.topicIds) : undefined;
    const mentionIds = input.mentionIds ? await resolveMentions(tx, input.mentionIds) : undefined;
    const gist = input.gist?.trim() ?? before.gist;
    const quote = input.quote === undefined ? before.quote : input.quote;
    const { count } = await tx.statement.updateMany({
      where: { id, version: input.version },
      data: {
        speakerId,
        kind: input.kind ?? undefined,
        gist,
        quote,
        position: input.position ?? undefined,
        searchText: statementSearchText({ gist, quote }),
        version: { increment: 1 },
      },
    });
    await confirmUpdated({ type: "Statement", id, expected: input.version, count, table: tx.statement });
    if (topicIds) {
      await tx.statementTopic.deleteMany({ where: { statementId: id } });
      await tx.statementTopic.createMany({ data: topicIds.map((topicId) => ({ statementId: id, topicId })) });
    }
    if (mentionIds) {
      await tx.statementMention.deleteMany({ where: { statementId: id } });
      await tx.statementMention.createMany({ data: mentionIds.map((actorId) => ({ statementId: id, actorId })) });
    }
    const after = await loadSnapshot(tx, id);
    await recordAudit({ tx, viewer, action: "UPDATE", entityType: "Statement", entityId: id, before, after });
    return strip(after);
  });
}

/** Deletes a statement with its citations; commitments made in it stay, unlinked. */
export function deleteStatement({
  prisma,
  viewer,
  input,
}: WriteContext & { input: { id: string; version?: number | null } }) {
  const id = decodeId(input.id, "Statement", "id");
  return runWrite(prisma, async (tx) => {
    await lockEngagementOfStatement(tx, id);
    const before = await tx.statement.findUnique({ where: { id }, include: snapshotInclude });
    if (!before) throw notFound("Statement", id);
    if (input.version != null) {
      assertVersion({ type: "Statement", id, expected: input.version, current: before.version, field: "version" });
    }
    await tx.statement.delete({ where: { id } });
    await recordAudit({ tx, viewer, action: "DELETE", entityType: "Statement", entityId: id, before, after: null });
    return toGlobalId("Statement", id);
  });
}
