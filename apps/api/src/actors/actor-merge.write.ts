import { required } from "@accord/domain";
import { recordAudit } from "../audit/audit.write";
import { decodeId } from "../common/global-id";
import { actorSearchText } from "../writes/derived";
import { runWrite, type Tx } from "../writes/transaction";
import { badInput } from "../writes/validate-input";
import { assertVersion, notFound } from "../writes/versioning";
import type { WriteContext } from "../writes/write-context";
import { aliasKey, loadActorSnapshot } from "./actor-parts.write";

export type MergeActorsInput = { keepId: string; mergeId: string; keepVersion?: number | null };

/** Moves rows keyed by (other, actor) from one actor to another, dropping those the keeper already has. */
async function moveComposite(
  tx: Tx,
  table: "participant" | "statement_mention" | "source_author" | "commitment_co_committer",
  otherColumn: string,
  actorColumn: string,
  keepId: string,
  mergeId: string,
): Promise<{ moved: number; dropped: number }> {
  const dropped = await tx.$executeRawUnsafe(
    `DELETE FROM "${table}" m USING "${table}" k
     WHERE m."${actorColumn}" = $2::uuid AND k."${actorColumn}" = $1::uuid AND k."${otherColumn}" = m."${otherColumn}"`,
    keepId,
    mergeId,
  );
  const moved = await tx.$executeRawUnsafe(
    `UPDATE "${table}" SET "${actorColumn}" = $1::uuid WHERE "${actorColumn}" = $2::uuid`,
    keepId,
    mergeId,
  );
  return { moved, dropped };
}

/** Offices of the merged actor move; one with the same name as a keeper's office hands it its tenures. */
async function moveOffices(tx: Tx, keepId: string, mergeId: string): Promise<number> {
  const keepOffices = await tx.office.findMany({ where: { jurisdictionId: keepId } });
  const byName = new Map(keepOffices.map((office) => [office.name, office.id]));
  const mergeOffices = await tx.office.findMany({ where: { jurisdictionId: mergeId } });
  for (const office of mergeOffices) {
    const twin = byName.get(office.name);
    if (twin) {
      await tx.tenure.updateMany({ where: { officeId: office.id }, data: { officeId: twin } });
      await tx.office.delete({ where: { id: office.id } });
    } else {
      await tx.office.update({ where: { id: office.id }, data: { jurisdictionId: keepId } });
    }
  }
  return mergeOffices.length;
}

/** Aliases move unless the keeper has them; the merged actor's name becomes an alias. */
async function moveAliases(tx: Tx, keepId: string, mergeId: string, mergedName: string, keptName: string) {
  const keep = await tx.actorAlias.findMany({ where: { actorId: keepId } });
  const have = new Set(keep.map(aliasKey));
  const incoming = await tx.actorAlias.findMany({ where: { actorId: mergeId } });
  let moved = 0;
  for (const alias of incoming) {
    if (have.has(aliasKey(alias))) continue;
    have.add(aliasKey(alias));
    await tx.actorAlias.create({
      data: {
        actorId: keepId,
        name: alias.name,
        language: alias.language,
        validFrom: alias.validFrom,
        validTo: alias.validTo,
      },
    });
    moved++;
  }
  const nameIsAlias = [...have].some((key) => key.startsWith(`${mergedName}\u0000`));
  if (mergedName !== keptName && !nameIsAlias) {
    await tx.actorAlias.create({ data: { actorId: keepId, name: mergedName, language: null } });
  }
  return moved;
}

/** Merges two records of the same actor: every reference moves to `keepId`, then `mergeId` is deleted. */
export function mergeActors({ prisma, viewer, input }: WriteContext & { input: MergeActorsInput }) {
  const keepId = decodeId(input.keepId, "Actor", "keepId");
  const mergeId = decodeId(input.mergeId, "Actor", "mergeId");
  if (keepId === mergeId) throw badInput("mergeId", "must differ from keepId");
  return runWrite(prisma, async (tx) => {
    const keep = await loadActorSnapshot(tx, keepId);
    if (!keep) throw notFound("Actor", keepId, "keepId");
    const merged = await loadActorSnapshot(tx, mergeId);
    if (!merged) throw notFound("Actor", mergeId, "mergeId");
    if (input.keepVersion != null) {
      assertVersion({
        type: "Actor",
        id: keepId,
        expected: input.keepVersion,
        current: keep.version,
        field: "keepVersion",
      });
    }
    // Lock the keeper first: concurrent edits of it now wait or fail on their version.
    await tx.actor.update({ where: { id: keepId }, data: { version: { increment: 1 } } });
    const moved = {
      participants: await moveComposite(tx, "participant", "engagement_id", "actor_id", keepId, mergeId),
      represents: (
        await tx.participant.updateMany({ where: { representsId: mergeId }, data: { representsId: keepId } })
      ).count,
      statements: (await tx.statement.updateMany({ where: { speakerId: mergeId }, data: { speakerId: keepId } })).count,
      mentions: await moveComposite(tx, "statement_mention", "statement_id", "actor_id", keepId, mergeId),
      commitmentsMade: (
        await tx.commitment.updateMany({ where: { committerId: mergeId }, data: { committerId: keepId } })
      ).count,
      commitmentsReceived: (
        await tx.commitment.updateMany({ where: { beneficiaryId: mergeId }, data: { beneficiaryId: keepId } })
      ).count,
      commitmentsChanneled: (
        await tx.commitment.updateMany({ where: { channelId: mergeId }, data: { channelId: keepId } })
      ).count,
      commitmentsJoined: await moveComposite(
        tx,
        "commitment_co_committer",
        "commitment_id",
        "actor_id",
        keepId,
        mergeId,
      ),
      stagesProvided: (
        await tx.commitmentStage.updateMany({ where: { providerId: mergeId }, data: { providerId: keepId } })
      ).count,
      stagesReceived: (
        await tx.commitmentStage.updateMany({ where: { receiverId: mergeId }, data: { receiverId: keepId } })
      ).count,
      tenures: (await tx.tenure.updateMany({ where: { holderId: mergeId }, data: { holderId: keepId } })).count,
      offices: await moveOffices(tx, keepId, mergeId),
      sourcesPublished: (await tx.source.updateMany({ where: { publisherId: mergeId }, data: { publisherId: keepId } }))
        .count,
      sourcesAuthored: await moveComposite(tx, "source_author", "source_id", "actor_id", keepId, mergeId),
      hostedEngagements: (
        await tx.engagement.updateMany({ where: { countryId: mergeId }, data: { countryId: keepId } })
      ).count,
      bodies: (
        await tx.actor.updateMany({ where: { parentId: mergeId, NOT: { id: keepId } }, data: { parentId: keepId } })
      ).count,
      aliases: await moveAliases(tx, keepId, mergeId, merged.name, keep.name),
      identifiers: (await tx.actorIdentifier.updateMany({ where: { actorId: mergeId }, data: { actorId: keepId } }))
        .count,
    };
    await tx.actor.delete({ where: { id: mergeId } });
    const combined = required(await loadActorSnapshot(tx, keepId), `Actor ${keepId} after the merge`);
    const parentId = combined.parentId === mergeId ? null : combined.parentId;
    await tx.actor.update({
      where: { id: keepId },
      data: { parentId, searchText: actorSearchText(combined) },
    });
    const after = required(await loadActorSnapshot(tx, keepId), `Actor ${keepId} after the merge`);
    await recordAudit({
      tx,
      viewer,
      action: "MERGE",
      entityType: "Actor",
      entityId: keepId,
      before: keep,
      after,
      extra: { mergedFrom: { id: mergeId, name: merged.name }, moved },
    });
    await recordAudit({
      tx,
      viewer,
      action: "DELETE",
      entityType: "Actor",
      entityId: mergeId,
      before: merged,
      after: null,
    });
    const { aliases: _a, identifiers: _i, ...row } = after;
    return row;
  });
}
