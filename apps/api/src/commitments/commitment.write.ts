import { type CommitmentStatus, required, stageOfStatus } from "@accord/domain";
import { recordAudit } from "../audit/audit.write";
import { decodeId, toGlobalId } from "../common/global-id";
import { commitmentSearchText } from "../writes/derived";
import { resolveOptionalRef, resolveRef } from "../writes/references";
import { runWrite, type Tx } from "../writes/transaction";
import { assertVersion, confirmUpdated, notFound } from "../writes/versioning";
import type { WriteContext } from "../writes/write-context";
import {
  type EffectiveDate,
  historyColumns,
  madeColumns,
  stageColumns,
  writtenMade,
  writtenStatusEffective,
} from "./commitment-dates.write";
import { itemRows, replaceCommitmentItems } from "./commitment-item.write";
import {
  type CommitmentSnapshot,
  checkCommitmentDates,
  checkInstrument,
  checkMoney,
  commitmentSnapshotInclude,
  engagementOfStatement,
  resolveCoCommitters,
  resolveLinks,
} from "./commitment-parts.write";
import type { CreateCommitmentInput, UpdateCommitmentInput } from "./commitment-write.input";

async function loadSnapshot(tx: Tx, id: string): Promise<CommitmentSnapshot | null> {
  return tx.commitment.findUnique({ where: { id }, include: commitmentSnapshotInclude });
}

const strip = ({ linksFrom: _l, coCommitters: _c, items: _i, ...row }: CommitmentSnapshot) => row;

/** A status change through updateCommitment, as the stage it becomes, after the last one. */
async function appendStatusStage(
  tx: Tx,
  commitmentId: string,
  status: CommitmentStatus,
  change: { effective: EffectiveDate; note: string | null },
): Promise<void> {
  const last = await tx.commitmentStage.findFirst({ where: { commitmentId }, orderBy: { position: "desc" } });
  await tx.commitmentStage.create({
    data: {
      commitmentId,
      position: (last?.position ?? -1) + 1,
      kind: stageOfStatus[status],
      ...stageColumns(change.effective),
      note: change.note,
    },
  });
}

/** Records a commitment; its status becomes the first entry of its history. */
export function createCommitment({ prisma, viewer, input }: WriteContext & { input: CreateCommitmentInput }) {
  return runWrite(prisma, async (tx) => {
    const amount = input.amount ?? null;
    const currency = input.currency ?? null;
    checkMoney(amount, currency);
    const dates = { periodStart: input.periodStart ?? null, periodEnd: input.periodEnd ?? null };
    const made = writtenMade(input) ?? null;
    const statusEffective = writtenStatusEffective(input);
    checkCommitmentDates(dates);
    const committerId = await resolveRef(tx, {
      type: "Actor",
      globalId: input.committerId,
      field: "input.committerId",
    });
    const beneficiaryId = (await resolveOptionalRef(tx, "Actor", input.beneficiaryId, "input.beneficiaryId")) ?? null;
    const channelId = (await resolveOptionalRef(tx, "Actor", input.channelId, "input.channelId")) ?? null;
    checkInstrument(input.instrument ?? null, input.concessional ?? null);
    let engagementId = (await resolveOptionalRef(tx, "Engagement", input.engagementId, "input.engagementId")) ?? null;
    const statementId = (await resolveOptionalRef(tx, "Statement", input.statementId, "input.statementId")) ?? null;
    if (statementId) engagementId = await engagementOfStatement(tx, statementId, engagementId);
    const links = await resolveLinks(tx, input.links ?? [], null);
    const coCommitters = await resolveCoCommitters(tx, input.coCommitterIds ?? [], committerId);
    const items = itemRows(input.items ?? [], "input.items");
    const description = input.description.trim();
    // The first status took effect when the commitment was made, unless told otherwise.
    const firstEffective = statusEffective ?? made;
    const firstChange = { status: input.status, ...historyColumns(firstEffective), note: input.statusNote ?? null };
    const created = await tx.commitment.create({
      data: {
        committerId: committerId,
        beneficiaryId,
        kind: input.kind,
        description,
        amount,
        currency,
        amountAsReported: input.amountAsReported ?? null,
        periodStart: dates.periodStart,
        periodEnd: dates.periodEnd,
        status: input.status,
        ...madeColumns(made),
        instrument: input.instrument ?? null,
        concessional: input.concessional ?? null,
        channelId,
        engagementId,
        statementId,
        searchText: commitmentSearchText({ description, amountAsReported: input.amountAsReported }),
        history: { create: firstChange },
        // The first stage: the status as a stage, with the commitment's money (stagesFromHistory's rule).
        stages: {
          create: {
            position: 0,
            kind: stageOfStatus[input.status],
            amount,
            currency,
            amountAsReported: input.amountAsReported ?? null,
            ...stageColumns(firstEffective),
            note: firstChange.note,
          },
        },
        linksFrom: { create: links },
        coCommitters: { create: coCommitters },
        items: { create: items },
      },
    });
    const after = required(await loadSnapshot(tx, created.id), `Commitment ${created.id} just created`);
    await recordAudit({
      tx,
      viewer,
      action: "CREATE",
      entityType: "Commitment",
      entityId: created.id,
      before: null,
      after,
    });
    return strip(after);
  });
}

/** Changes a commitment if `version` is still current; a new status appends to its history. */
export function updateCommitment({ prisma, viewer, input }: WriteContext & { input: UpdateCommitmentInput }) {
  const id = decodeId(input.id, "Commitment", "input.id");
  return runWrite(prisma, async (tx) => {
    const before = await loadSnapshot(tx, id);
    assertVersion({ type: "Commitment", id, expected: input.version, current: before?.version ?? null });
    if (!before) throw notFound("Commitment", id, "input.id");
    const pick = <K extends keyof typeof before>(key: K, value: (typeof before)[K] | undefined) =>
      value === undefined ? before[key] : value;
    const amount = pick("amount", input.amount as never);
    const currency = pick("currency", input.currency);
    checkMoney(amount === null ? null : String(amount), currency);
    const dates = {
      periodStart: pick("periodStart", input.periodStart),
      periodEnd: pick("periodEnd", input.periodEnd),
    };
    const made = writtenMade(input);
    const statusEffective = writtenStatusEffective(input);
    checkCommitmentDates(dates);
    const committerId = input.committerId
      ? await resolveRef(tx, { type: "Actor", globalId: input.committerId, field: "input.committerId" })
      : undefined;
    const beneficiaryId = await resolveOptionalRef(tx, "Actor", input.beneficiaryId, "input.beneficiaryId");
    const channelId = await resolveOptionalRef(tx, "Actor", input.channelId, "input.channelId");
    checkInstrument(pick("instrument", input.instrument), pick("concessional", input.concessional));
    let engagementId = await resolveOptionalRef(tx, "Engagement", input.engagementId, "input.engagementId");
    const statementId = await resolveOptionalRef(tx, "Statement", input.statementId, "input.statementId");
    const finalStatement = statementId === undefined ? before.statementId : statementId;
    if (finalStatement) {
      engagementId = await engagementOfStatement(
        tx,
        finalStatement,
        engagementId === undefined ? before.engagementId : engagementId,
      );
    }
    const links = input.links ? await resolveLinks(tx, input.links, id) : undefined;
    const coCommitters = input.coCommitterIds
      ? await resolveCoCommitters(tx, input.coCommitterIds, committerId ?? before.committerId)
      : undefined;
    const items = input.items ? itemRows(input.items, "input.items") : undefined;
    const description = input.description?.trim() ?? before.description;
    const amountAsReported = pick("amountAsReported", input.amountAsReported);
    const { count } = await tx.commitment.updateMany({
      where: { id, version: input.version },
      data: {
        committerId,
        beneficiaryId,
        kind: input.kind ?? undefined,
        description,
        amount: input.amount,
        currency: input.currency,
        amountAsReported,
        periodStart: dates.periodStart,
        periodEnd: dates.periodEnd,
        status: input.status ?? undefined,
        // The deprecated madeOnInferred may still change the flag alone.
        madeOnInferred: input.madeOnInferred ?? undefined,
        ...madeColumns(made),
        instrument: input.instrument,
        concessional: input.concessional,
        channelId,
        engagementId,
        statementId,
        searchText: commitmentSearchText({ description, amountAsReported }),
        version: { increment: 1 },
      },
    });
    await confirmUpdated({ type: "Commitment", id, expected: input.version, count, table: tx.commitment });
    if (input.status && input.status !== before.status) {
      const change = { effective: statusEffective ?? null, note: input.statusNote ?? null };
      await tx.commitmentStatusChange.create({
        data: { commitmentId: id, status: input.status, ...historyColumns(change.effective), note: change.note },
      });
      await appendStatusStage(tx, id, input.status, change);
    }
    // The commitment's money is its first stage's.
    if (input.amount !== undefined || input.currency !== undefined || input.amountAsReported !== undefined) {
      await tx.commitmentStage.updateMany({
        where: { commitmentId: id, position: 0 },
        data: { amount: amount === null ? null : String(amount), currency, amountAsReported },
      });
    }
    if (coCommitters) {
      await tx.commitmentCoCommitter.deleteMany({ where: { commitmentId: id } });
      await tx.commitmentCoCommitter.createMany({ data: coCommitters.map((row) => ({ ...row, commitmentId: id })) });
    }
    if (items) await replaceCommitmentItems(tx, id, items);
    if (links) {
      await tx.commitmentLink.deleteMany({ where: { fromId: id } });
      await tx.commitmentLink.createMany({ data: links.map((link) => ({ ...link, fromId: id })) });
    }
    const after = required(await loadSnapshot(tx, id), `Commitment ${id} just updated`);
    await recordAudit({ tx, viewer, action: "UPDATE", entityType: "Commitment", entityId: id, before, after });
    return strip(after);
  });
}

/** Deletes a commitment with its history, links and citations. */
export function deleteCommitment({
  prisma,
  viewer,
  input,
}: WriteContext & { input: { id: string; version?: number | null } }) {
  const id = decodeId(input.id, "Commitment", "id");
  return runWrite(prisma, async (tx) => {
    const before = await loadSnapshot(tx, id);
    if (!before) throw notFound("Commitment", id);
    if (input.version != null) {
      assertVersion({ type: "Commitment", id, expected: input.version, current: before.version, field: "version" });
    }
    await tx.commitment.delete({ where: { id } });
    await recordAudit({ tx, viewer, action: "DELETE", entityType: "Commitment", entityId: id, before, after: null });
    return toGlobalId("Commitment", id);
  });
}
