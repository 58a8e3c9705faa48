import type { Prisma } from "@accord/db";
import { required } from "@accord/domain";
import { recordAudit } from "../audit/audit.write";
import { decodeId, toGlobalId } from "../common/global-id";
import { partialDateColumnsOf } from "../dates/partial-date.fields";
import { dateColumns, writtenDate } from "../dates/written-date";
import { resolveOptionalRef, resolveRefs } from "../writes/references";
import { runWrite, type Tx } from "../writes/transaction";
import { badInput } from "../writes/validate-input";
import { assertVersion, confirmUpdated, notFound } from "../writes/versioning";
import type { WriteContext } from "../writes/write-context";
import type { CreateSourceInput, UpdateSourceInput } from "./source-write.input";

const snapshotInclude = {
  authors: { select: { actorId: true, position: true }, orderBy: { position: "asc" } },
} satisfies Prisma.SourceInclude;

type SourceSnapshot = Prisma.SourceGetPayload<{ include: typeof snapshotInclude }>;

const loadSnapshot = (tx: Tx, id: string): Promise<SourceSnapshot | null> =>
  tx.source.findUnique({ where: { id }, include: snapshotInclude });

const strip = ({ authors: _a, ...row }: SourceSnapshot) => row;

async function resolveAuthors(tx: Tx, authorIds: string[]) {
  const ids = await resolveRefs(
    tx,
    authorIds.map((globalId, index) => ({ type: "Actor", globalId, field: `input.authorIds[${index}]` })),
  );
  ids.forEach((id, index) => {
    if (ids.indexOf(id) !== index) throw badInput(`input.authorIds[${index}]`, "the author is listed twice");
  });
  return ids.map((actorId, position) => ({ actorId, position }));
}

/** When it was published: `published` (EDTF) or the deprecated publishedOn, an exact day. */
const writtenPublished = (input: CreateSourceInput | UpdateSourceInput) =>
  writtenDate({
    edtf: input.published,
    field: "input.published",
    date: input.publishedOn,
    dateField: "input.publishedOn",
  });

/** Records a source with its authors. */
export function createSource({ prisma, viewer, input }: WriteContext & { input: CreateSourceInput }) {
  return runWrite(prisma, async (tx) => {
    const published = writtenPublished(input);
    const publisherId = (await resolveOptionalRef(tx, "Actor", input.publisherId, "input.publisherId")) ?? null;
    const authors = await resolveAuthors(tx, input.authorIds ?? []);
    const created = await tx.source.create({
      data: {
        kind: input.kind,
        title: input.title?.trim() || null,
        publisherId,
        url: input.url ?? null,
        ...dateColumns(partialDateColumnsOf("Source", "published"), published),
        language: input.language ?? null,
        content: input.content ?? null,
        authors: { create: authors },
      },
    });
    const after = required(await loadSnapshot(tx, created.id), `Source ${created.id} just created`);
    await recordAudit({
      tx,
      viewer,
      action: "CREATE",
      entityType: "Source",
      entityId: created.id,
      before: null,
      after,
    });
    return strip(after);
  });
}

/** Changes a source if `version` is still current; new text must still hold every citation's quote. */
export function updateSource({ prisma, viewer, input }: WriteContext & { input: UpdateSourceInput }) {
  const id = decodeId(input.id, "Source", "input.id");
  return runWrite(prisma, async (tx) => {
    const before = await loadSnapshot(tx, id);
    assertVersion({ type: "Source", id, expected: input.version, current: before?.version ?? null });
    if (!before) throw notFound("Source", id, "input.id");
    const published = writtenPublished(input);
    const publisherId = await resolveOptionalRef(tx, "Actor", input.publisherId, "input.publisherId");
    const authors = input.authorIds ? await resolveAuthors(tx, input.authorIds) : undefined;
    if (typeof input.content === "string" && input.content !== before.content) {
      await assertCitationsStillHold(tx, id, input.content);
    }
    const { count } = await tx.source.updateMany({
      where: { id, version: input.version },
      data: {
        kind: input.kind ?? undefined,
        title: input.title === undefined ? undefined : input.title?.trim() || null,
        publisherId,
        url: input.url,
        ...dateColumns(partialDateColumnsOf("Source", "published"), published),
        language: input.language,
        content: input.content,
        version: { increment: 1 },
      },
    });
    await confirmUpdated({ type: "Source", id, expected: input.version, count, table: tx.source });
    if (authors) {
      await tx.sourceAuthor.deleteMany({ where: { sourceId: id } });
      await tx.sourceAuthor.createMany({ data: authors.map((author) => ({ ...author, sourceId: id })) });
    }
    const after = required(await loadSnapshot(tx, id), `Source ${id} just updated`);
    await recordAudit({ tx, viewer, action: "UPDATE", entityType: "Source", entityId: id, before, after });
    return strip(after);
  });
}

async function assertCitationsStillHold(tx: Tx, sourceId: string, content: string): Promise<void> {
  const citations = await tx.citation.findMany({ where: { sourceId, startOffset: { not: null } } });
  const broken = citations.filter(
    (c) =>
      c.quote !== null &&
      c.startOffset !== null &&
      c.endOffset !== null &&
      content.slice(c.startOffset, c.endOffset) !== c.quote,
  );
  const [first] = broken;
  if (first) {
    throw badInput(
      "input.content",
      `the new text moves the quotes of ${broken.length} citations (first: ${toGlobalId("Citation", first.id)}); update them first`,
    );
  }
}

/** Deletes a source with all its citations. */
export function deleteSource({
  prisma,
  viewer,
  input,
}: WriteContext & { input: { id: string; version?: number | null } }) {
  const id = decodeId(input.id, "Source", "id");
  return runWrite(prisma, async (tx) => {
    const before = await loadSnapshot(tx, id);
    if (!before) throw notFound("Source", id);
    if (input.version != null) {
      assertVersion({ type: "Source", id, expected: input.version, current: before.version, field: "version" });
    }
    const citations = await tx.citation.count({ where: { sourceId: id } });
    await tx.source.delete({ where: { id } });
    await recordAudit({
      tx,
      viewer,
      action: "DELETE",
      entityType: "Source",
      entityId: id,
      before,
      after: null,
      extra: { citationsDeleted: citations },
    });
    return toGlobalId("Source", id);
  });
}
