import { recordAudit } from "../audit/audit.write";
import { AppError } from "../common/errors";
import { decodeId, toGlobalId } from "../common/global-id";
import { resolveOptionalRef } from "../writes/references";
import { runWrite, type Tx } from "../writes/transaction";
import { badInput } from "../writes/validate-input";
import { notFound } from "../writes/versioning";
import type { WriteContext } from "../writes/write-context";
import type { CreateTopicInput, UpdateTopicInput } from "./topic-write.input";

async function assertSlugFree(tx: Tx, slug: string, exceptId: string | null): Promise<void> {
  const taken = await tx.topic.findUnique({ where: { slug }, select: { id: true, name: true } });
  if (taken && taken.id !== exceptId) {
    throw new AppError("CONFLICT", `input.slug: "${slug}" is already the slug of ${taken.name}`, {
      field: "input.slug",
    });
  }
}

async function parentPath(tx: Tx, parentId: string | null): Promise<string | null> {
  if (!parentId) return null;
  const parent = await tx.topic.findUniqueOrThrow({ where: { id: parentId }, select: { path: true } });
  return parent.path;
}

/** Creates a topic; its path is the parent's path plus its slug. */
export function createTopic({ prisma, viewer, input }: WriteContext & { input: CreateTopicInput }) {
  return runWrite(prisma, async (tx) => {
    const parentId = (await resolveOptionalRef(tx, "Topic", input.parentId, "input.parentId")) ?? null;
    await assertSlugFree(tx, input.slug, null);
    const base = await parentPath(tx, parentId);
    const topic = await tx.topic.create({
      data: {
        slug: input.slug,
        name: input.name.trim(),
        description: input.description ?? null,
        parentId,
        path: base ? `${base}/${input.slug}` : input.slug,
      },
    });
    await recordAudit({
      tx,
      viewer,
      action: "CREATE",
      entityType: "Topic",
      entityId: topic.id,
      before: null,
      after: topic,
    });
    return topic;
  });
}

/** Changes a topic; moving it (new slug or parent) rewrites the paths of its whole sub-tree. */
export function updateTopic({ prisma, viewer, input }: WriteContext & { input: UpdateTopicInput }) {
  const id = decodeId(input.id, "Topic", "input.id");
  return runWrite(prisma, async (tx) => {
    // Topics carry no version column: lock the row so concurrent moves of one sub-tree run one after the other.
    await tx.$executeRaw`SELECT 1 FROM topic WHERE id = ${id}::uuid FOR UPDATE`;
    const before = await tx.topic.findUnique({ where: { id } });
    if (!before) throw notFound("Topic", id, "input.id");
    const parentId = await resolveOptionalRef(tx, "Topic", input.parentId, "input.parentId");
    const newParentId = parentId === undefined ? before.parentId : parentId;
    const slug = input.slug ?? before.slug;
    if (input.slug) await assertSlugFree(tx, input.slug, id);
    const base = await parentPath(tx, newParentId);
    const path = base ? `${base}/${slug}` : slug;
    if (newParentId && (base === before.path || base?.startsWith(`${before.path}/`))) {
      throw badInput("input.parentId", "cannot be the topic itself or one of its sub-topics");
    }
    const after = await tx.topic.update({
      where: { id },
      data: {
        slug,
        name: input.name?.trim() ?? undefined,
        description: input.description,
        parentId: newParentId,
        path,
      },
    });
    if (path !== before.path) {
      await tx.$executeRaw`UPDATE topic SET path = ${path} || substr(path, ${before.path.length + 1})
        WHERE path LIKE ${`${before.path.replace(/[\\%_]/g, "\\$&")}/%`}`;
    }
    await recordAudit({ tx, viewer, action: "UPDATE", entityType: "Topic", entityId: id, before, after });
    return after;
  });
}

/** Deletes a topic without sub-topics; engagements and statements lose the tag. */
export function deleteTopic({ prisma, viewer, input }: WriteContext & { input: { id: string } }) {
  const id = decodeId(input.id, "Topic", "id");
  return runWrite(prisma, async (tx) => {
    const before = await tx.topic.findUnique({ where: { id } });
    if (!before) throw notFound("Topic", id);
    const children = await tx.topic.count({ where: { parentId: id } });
    if (children > 0) {
      throw new AppError(
        "CONFLICT",
        `Topic ${toGlobalId("Topic", id)} has ${children} sub-topics: move or delete them first`,
        {
          field: "id",
        },
      );
    }
    await tx.topic.delete({ where: { id } });
    await recordAudit({ tx, viewer, action: "DELETE", entityType: "Topic", entityId: id, before, after: null });
    return toGlobalId("Topic", id);
  });
}
