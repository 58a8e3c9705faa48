import { required } from "@accord/domain";
import { decodeId } from "../common/global-id";
import type { Tx } from "./transaction";
import { badInput } from "./validate-input";

export type RefType =
  | "Actor"
  | "Engagement"
  | "Topic"
  | "Statement"
  | "Commitment"
  | "CommitmentStage"
  | "Source"
  | "Citation";

/** An incoming global ID and the field path it came in. */
export type Ref = { type: RefType; globalId: string; field: string };

const existing: Record<RefType, (tx: Tx, ids: string[]) => Promise<{ id: string }[]>> = {
  Actor: (tx, ids) => tx.actor.findMany({ where: { id: { in: ids } }, select: { id: true } }),
  Engagement: (tx, ids) => tx.engagement.findMany({ where: { id: { in: ids } }, select: { id: true } }),
  Topic: (tx, ids) => tx.topic.findMany({ where: { id: { in: ids } }, select: { id: true } }),
  Statement: (tx, ids) => tx.statement.findMany({ where: { id: { in: ids } }, select: { id: true } }),
  Commitment: (tx, ids) => tx.commitment.findMany({ where: { id: { in: ids } }, select: { id: true } }),
  CommitmentStage: (tx, ids) => tx.commitmentStage.findMany({ where: { id: { in: ids } }, select: { id: true } }),
  Source: (tx, ids) => tx.source.findMany({ where: { id: { in: ids } }, select: { id: true } }),
  Citation: (tx, ids) => tx.citation.findMany({ where: { id: { in: ids } }, select: { id: true } }),
};

/** Decodes global IDs of the right type and checks the records exist: one query per type. */
export async function resolveRefs(tx: Tx, refs: Ref[]): Promise<string[]> {
  return (await resolveEach(tx, refs)).map((ref) => ref.id);
}

/** resolveRefs keeping each ref beside its database ID, so callers read their own fields back without indexing. */
export async function resolveEach<R extends Ref>(tx: Tx, refs: R[]): Promise<(R & { id: string })[]> {
  const decoded = refs.map((ref) => ({ ...ref, id: decodeId(ref.globalId, ref.type, ref.field) }));
  const types = [...new Set(decoded.map((ref) => ref.type))];
  const found = new Set<string>();
  for (const type of types) {
    const ids = [...new Set(decoded.filter((ref) => ref.type === type).map((ref) => ref.id))];
    for (const row of await existing[type](tx, ids)) found.add(`${type}:${row.id}`);
  }
  for (const ref of decoded) {
    if (!found.has(`${ref.type}:${ref.id}`)) throw badInput(ref.field, `no ${ref.type} has the ID "${ref.globalId}"`);
  }
  return decoded;
}

/** resolveRefs for one ID. */
export async function resolveRef(tx: Tx, ref: Ref): Promise<string> {
  const [id] = await resolveRefs(tx, [ref]);
  return required(id, `the ID of ${ref.field}`);
}

/** resolveRefs for one optional ID: undefined stays undefined (unchanged), null stays null (cleared). */
export async function resolveOptionalRef(
  tx: Tx,
  type: RefType,
  globalId: string | null | undefined,
  field: string,
): Promise<string | null | undefined> {
  if (globalId == null) return globalId;
  return resolveRef(tx, { type, globalId, field });
}
