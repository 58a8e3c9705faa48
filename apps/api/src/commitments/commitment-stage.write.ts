import { statusOfStage } from "@accord/domain";
import { recordAudit } from "../audit/audit.write";
import { decodeId } from "../common/global-id";
import { writtenDate } from "../dates/written-date";
import { passageOf } from "../sources/citation.write";
import { resolveOptionalRef } from "../writes/references";
import { runWrite } from "../writes/transaction";
import { assertVersion, confirmUpdated, notFound } from "../writes/versioning";
import type { WriteContext } from "../writes/write-context";
import { historyColumns, stageColumns } from "./commitment-dates.write";
import { itemRows } from "./commitment-item.write";
import { checkMoney } from "./commitment-parts.write";
import type { AddCommitmentStageInput } from "./commitment-stage.input";

/**
 * Appends a stage to a commitment if `version` is current. The commitment's status becomes the stage's;
 * when that changes it, the status history gains the entry too, so both read the same.
 */
export function addCommitmentStage({ prisma, viewer, input }: WriteContext & { input: AddCommitmentStageInput }) {
  const id = decodeId(input.commitmentId, "Commitment", "input.commitmentId");
  return runWrite(prisma, async (tx) => {
    const before = await tx.commitment.findUnique({
      where: { id },
      include: { stages: { orderBy: { position: "asc" } } },
    });
    assertVersion({ type: "Commitment", id, expected: input.version, current: before?.version ?? null });
    if (!before) throw notFound("Commitment", id, "input.commitmentId");
    checkMoney(input.amount ?? null, input.currency ?? null);
    const occurred =
      writtenDate({
        edtf: input.occurred,
        field: "input.occurred",
        date: input.occurredOn,
        dateField: "input.occurredOn",
        precision: input.occurredOnPrecision,
        precisionField: "input.occurredOnPrecision",
        inferred: input.occurredOnInferred,
      }) ?? null;
    const providerId = (await resolveOptionalRef(tx, "Actor", input.providerId, "input.providerId")) ?? null;
    const receiverId = (await resolveOptionalRef(tx, "Actor", input.receiverId, "input.receiverId")) ?? null;
    const items = itemRows(input.items ?? [], "input.items");
    const passages = [];
    for (const [i, citation] of (input.citations ?? []).entries()) {
      passages.push(await passageOf(tx, citation, `input.citations.${i}`));
    }
    const status = statusOfStage[input.kind];
    const { count } = await tx.commitment.updateMany({
      where: { id, version: input.version },
      data: { status, version: { increment: 1 } },
    });
    await confirmUpdated({ type: "Commitment", id, expected: input.version, count, table: tx.commitment });
    await tx.commitmentStage.create({
      data: {
        commitmentId: id,
        position: (before.stages.at(-1)?.position ?? -1) + 1,
        kind: input.kind,
        amount: input.amount ?? null,
        currency: input.currency ?? null,
        amountAsReported: input.amountAsReported ?? null,
        ...stageColumns(occurred),
        providerId,
        receiverId,
        note: input.note ?? null,
        items: { create: items.map((item) => ({ ...item, commitmentId: id })) },
        citations: { create: passages },
      },
    });
    if (status !== before.status) {
      await tx.commitmentStatusChange.create({
        data: {
          commitmentId: id,
          status,
          ...historyColumns(occurred),
          note: input.note ?? null,
        },
      });
    }
    const after = await tx.commitment.findUniqueOrThrow({
      where: { id },
      include: { stages: { orderBy: { position: "asc" } } },
    });
    await recordAudit({ tx, viewer, action: "UPDATE", entityType: "Commitment", entityId: id, before, after });
    const { stages: _stages, ...commitment } = after;
    return commitment;
  });
}
