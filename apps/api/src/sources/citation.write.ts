import { locateQuote, QuoteLocationError } from "@accord/domain";
import { recordAudit } from "../audit/audit.write";
import { decodeId, toGlobalId } from "../common/global-id";
import { type RefType, resolveRefs } from "../writes/references";
import { runWrite, type Tx } from "../writes/transaction";
import { badInput } from "../writes/validate-input";
import { notFound } from "../writes/versioning";
import type { WriteContext } from "../writes/write-context";
import type { CreateCitationInput, UpdateCitationInput } from "./citation-write.input";

const targets = [
  ["engagementId", "Engagement"],
  ["statementId", "Statement"],
  ["commitmentId", "Commitment"],
  ["commitmentStageId", "CommitmentStage"],
] as const satisfies readonly (readonly [keyof CreateCitationInput, RefType])[];

type Offsets = { startOffset: number | null; endOffset: number | null };

/** Offsets as stored: found from the quote in the source's text, or checked against it. */
type Passage = { quote?: string | null; startOffset?: number | null; endOffset?: number | null };

function offsetsOf(input: Passage, content: string | null, at = "input"): Offsets {
  const start = input.startOffset ?? null;
  const end = input.endOffset ?? null;
  if ((start === null) !== (end === null)) {
    throw badInput(`${at}.${start === null ? "startOffset" : "endOffset"}`, "give both offsets or neither");
  }
  if (start !== null && end !== null) {
    if (end < start) throw badInput(`${at}.endOffset`, `must not be less than startOffset (${start})`);
    if (content === null) return { startOffset: start, endOffset: end };
    if (end > content.length)
      throw badInput(`${at}.endOffset`, `is past the end of the source's text (${content.length})`);
    const found = content.slice(start, end);
    if (input.quote != null && found !== input.quote) {
      throw badInput(`${at}.quote`, `does not match the source's text at ${start}..${end} ("${found.slice(0, 80)}")`);
    }
    return { startOffset: start, endOffset: end };
  }
  if (input.quote == null || content === null) return { startOffset: null, endOffset: null };
  try {
    return locateQuote(content, input.quote);
  } catch (error) {
    if (error instanceof QuoteLocationError) throw badInput(`${at}.quote`, error.message);
    throw error;
  }
}

/** A passage of a source as a citation's columns, its offsets found or checked; `at` names the input in errors. */
export async function passageOf(tx: Tx, input: Passage & { sourceId: string; locator?: string | null }, at: string) {
  const [sourceId] = (await resolveRefs(tx, [
    { type: "Source", globalId: input.sourceId, field: `${at}.sourceId` },
  ])) as [string];
  const source = await tx.source.findUniqueOrThrow({ where: { id: sourceId }, select: { content: true } });
  return {
    sourceId,
    quote: input.quote ?? null,
    ...offsetsOf(input, source.content, at),
    locator: input.locator ?? null,
  };
}

/** Cites a source for one engagement, statement or commitment. */
export function createCitation({ prisma, viewer, input }: WriteContext & { input: CreateCitationInput }) {
  return runWrite(prisma, async (tx) => {
    const given = targets.filter(([field]) => input[field] != null);
    if (given.length !== 1) {
      throw badInput(
        given[1] ? `input.${given[1][0]}` : "input.engagementId",
        `give exactly one of engagementId, statementId, commitmentId, commitmentStageId (got ${given.length})`,
      );
    }
    const [[field, type]] = given as [(typeof targets)[number]];
    const [targetId] = await resolveRefs(tx, [{ type, globalId: input[field] as string, field: `input.${field}` }]);
    const citation = await tx.citation.create({
      data: { ...(await passageOf(tx, input, "input")), [field]: targetId },
    });
    await recordAudit({
      tx,
      viewer,
      action: "CREATE",
      entityType: "Citation",
      entityId: citation.id,
      before: null,
      after: citation,
    });
    return citation;
  });
}

/** Changes a citation's passage; a new quote without offsets is located again in the source's text. */
export function updateCitation({ prisma, viewer, input }: WriteContext & { input: UpdateCitationInput }) {
  const id = decodeId(input.id, "Citation", "input.id");
  return runWrite(prisma, async (tx) => {
    // Citations carry no version column: lock the row so concurrent edits run one after the other.
    await tx.$executeRaw`SELECT 1 FROM citation WHERE id = ${id}::uuid FOR UPDATE`;
    const before = await tx.citation.findUnique({ where: { id }, include: { source: { select: { content: true } } } });
    if (!before) throw notFound("Citation", id, "input.id");
    const quote = input.quote === undefined ? before.quote : input.quote;
    const newQuoteOnly = input.quote !== undefined && input.startOffset === undefined && input.endOffset === undefined;
    const offsets = offsetsOf(
      {
        quote,
        startOffset: newQuoteOnly ? null : input.startOffset === undefined ? before.startOffset : input.startOffset,
        endOffset: newQuoteOnly ? null : input.endOffset === undefined ? before.endOffset : input.endOffset,
      },
      before.source.content,
    );
    const after = await tx.citation.update({
      where: { id },
      data: { quote, ...offsets, locator: input.locator === undefined ? undefined : input.locator },
    });
    const { source: _s, ...row } = before;
    await recordAudit({ tx, viewer, action: "UPDATE", entityType: "Citation", entityId: id, before: row, after });
    return after;
  });
}

/** Deletes a citation. */
export function deleteCitation({ prisma, viewer, input }: WriteContext & { input: { id: string } }) {
  const id = decodeId(input.id, "Citation", "id");
  return runWrite(prisma, async (tx) => {
    const before = await tx.citation.findUnique({ where: { id } });
    if (!before) throw notFound("Citation", id);
    await tx.citation.delete({ where: { id } });
    await recordAudit({ tx, viewer, action: "DELETE", entityType: "Citation", entityId: id, before, after: null });
    return toGlobalId("Citation", id);
  });
}
