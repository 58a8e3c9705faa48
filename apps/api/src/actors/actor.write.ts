import { required } from "@accord/domain";
import { recordAudit } from "../audit/audit.write";
import { AppError } from "../common/errors";
import { decodeId, toGlobalId } from "../common/global-id";
import { actorSearchText } from "../writes/derived";
import { resolveOptionalRef } from "../writes/references";
import { runWrite } from "../writes/transaction";
import { assertVersion, confirmUpdated, notFound } from "../writes/versioning";
import type { WriteContext } from "../writes/write-context";
import {
  assertNoParentCycle,
  checkAliases,
  checkIdentifiers,
  checkValidity,
  loadActorSnapshot,
} from "./actor-parts.write";
import type { CreateActorInput, UpdateActorInput } from "./actor-write.input";

/** Creates an actor with its aliases and identifiers. */
export function createActor({ prisma, viewer, input }: WriteContext & { input: CreateActorInput }) {
  return runWrite(prisma, async (tx) => {
    const parentId = await resolveOptionalRef(tx, "Actor", input.parentId, "input.parentId");
    const aliases = checkAliases(input.aliases ?? [], "input.aliases");
    const identifiers = await checkIdentifiers(tx, input.identifiers ?? [], null, "input.identifiers");
    const name = input.name.trim();
    const validity = checkValidity(input.validFrom ?? null, input.validTo ?? null);
    const actor = await tx.actor.create({
      data: {
        kind: input.kind,
        name,
        description: input.description ?? null,
        ...validity,
        parentId: parentId ?? null,
        searchText: actorSearchText({ name, aliases, identifiers }),
        aliases: { create: aliases },
        identifiers: { create: identifiers },
      },
    });
    const after = await loadActorSnapshot(tx, actor.id);
    await recordAudit({ tx, viewer, action: "CREATE", entityType: "Actor", entityId: actor.id, before: null, after });
    return actor;
  });
}

/** Changes an actor if `version` is still current; given alias and identifier lists replace the old ones. */
export function updateActor({ prisma, viewer, input }: WriteContext & { input: UpdateActorInput }) {
  const id = decodeId(input.id, "Actor", "input.id");
  return runWrite(prisma, async (tx) => {
    const before = await loadActorSnapshot(tx, id);
    assertVersion({ type: "Actor", id, expected: input.version, current: before?.version ?? null });
    if (!before) throw notFound("Actor", id);
    const parentId = await resolveOptionalRef(tx, "Actor", input.parentId, "input.parentId");
    if (parentId) await assertNoParentCycle(tx, id, parentId, "input.parentId");
    const aliases = input.aliases ? checkAliases(input.aliases, "input.aliases") : undefined;
    const identifiers = input.identifiers
      ? await checkIdentifiers(tx, input.identifiers, id, "input.identifiers")
      : undefined;
    const name = input.name?.trim() ?? before.name;
    const validity = checkValidity(
      input.validFrom === undefined ? before.validFrom : input.validFrom,
      input.validTo === undefined ? before.validTo : input.validTo,
    );
    const { count } = await tx.actor.updateMany({
      where: { id, version: input.version },
      data: {
        kind: input.kind ?? undefined,
        name,
        description: input.description,
        ...validity,
        parentId,
        searchText: actorSearchText({
          name,
          aliases: aliases ?? before.aliases,
          identifiers: identifiers ?? before.identifiers,
        }),
        version: { increment: 1 },
      },
    });
    await confirmUpdated({ type: "Actor", id, expected: input.version, count, table: tx.actor });
    if (aliases) {
      await tx.actorAlias.deleteMany({ where: { actorId: id } });
      await tx.actorAlias.createMany({ data: aliases.map((alias) => ({ ...alias, actorId: id })) });
    }
    if (identifiers) {
      await tx.actorIdentifier.deleteMany({ where: { actorId: id } });
      await tx.actorIdentifier.createMany({ data: identifiers.map((identifier) => ({ ...identifier, actorId: id })) });
    }
    const after = required(await loadActorSnapshot(tx, id), `Actor ${id} just updated`);
    await recordAudit({ tx, viewer, action: "UPDATE", entityType: "Actor", entityId: id, before, after });
    const { aliases: _a, identifiers: _i, ...row } = after;
    return row;
  });
}

export type DeleteRecordInput = { id: string; version?: number | null };

/** Deletes an actor that no statement or commitment depends on (merge it instead when it has some). */
export function deleteActor({ prisma, viewer, input }: WriteContext & { input: DeleteRecordInput }) {
  const id = decodeId(input.id, "Actor", "id");
  return runWrite(prisma, async (tx) => {
    const before = await loadActorSnapshot(tx, id);
    if (!before) throw notFound("Actor", id);
    if (input.version != null) assertVersion({ type: "Actor", id, expected: input.version, current: before.version });
    const [statements, commitments] = await Promise.all([
      tx.statement.count({ where: { speakerId: id } }),
      tx.commitment.count({ where: { OR: [{ committerId: id }, { beneficiaryId: id }] } }),
    ]);
    if (statements + commitments > 0) {
      throw new AppError(
        "CONFLICT",
        `Actor ${toGlobalId("Actor", id)} (${before.name}) still has ${statements} statements and ${commitments} commitments: merge it into another actor instead`,
        { field: "id" },
      );
    }
    await tx.actor.delete({ where: { id } });
    await recordAudit({ tx, viewer, action: "DELETE", entityType: "Actor", entityId: id, before, after: null });
    return toGlobalId("Actor", id);
  });
}
