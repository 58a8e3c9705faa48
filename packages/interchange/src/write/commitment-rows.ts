import type { CommitmentRecord, ItemRecord } from "@accord/domain";
import { v7 as uuid } from "uuid";
import { commitmentSearchText } from "../derived";
import { dateCols, type RowRefs } from "./row-refs";
import type { Rows } from "./row-tables";
import { stagesOf } from "./stage-records";

/** Where a commitment's rows go: its id, engagement and statement (none for a standalone one), its record's hash. */
export type CommitmentPlace = {
  id: string;
  engagementId: string | null;
  statementId: string | null;
  /** Set for a record of its own; an engagement's commitments are hashed with their engagement. */
  hash: string | null;
  /** The commitment's path in its record, for messages ("/commitments/0", or "" for a record of its own). */
  at: string;
  recordedAt: Date;
};

/** Turns one commitment into rows: itself, its history, co-committers, stages, items and citations. */
export function commitmentRows(c: CommitmentRecord, place: CommitmentPlace, refs: RowRefs, rows: Rows): void {
  const { id, at } = place;
  rows.commitment.push([
    id,
    refs.actor(c.committer, `${at}/committer`),
    refs.optionalActor(c.beneficiary, `${at}/beneficiary`),
    c.kind,
    c.description,
    c.amount,
    c.currency,
    c.amountAsReported,
    c.periodStart,
    c.periodEnd,
    c.status,
    ...dateCols(c.madeOn),
    c.madeOnInferred ?? false,
    c.madeOnApproximate ?? false,
    c.instrument,
    c.concessional,
    refs.optionalActor(c.channel, `${at}/channel`),
    place.engagementId,
    place.statementId,
    c.id?.scheme,
    c.id?.value,
    commitmentSearchText(c),
    place.hash,
  ]);
  // The order of the history is the order of recording: one millisecond apart.
  const recordedAt = (j: number) => new Date(place.recordedAt.getTime() + j).toISOString();
  (c.history ?? []).forEach((h, j) => {
    const flags = [h.effectiveOnInferred ?? false, h.effectiveOnApproximate ?? false];
    rows.commitment_status_change.push([
      uuid(),
      id,
      h.status,
      ...dateCols(h.effectiveOn),
      ...flags,
      h.note,
      recordedAt(j),
    ]);
  });
  (c.coCommitters ?? []).forEach((a, j) => {
    rows.commitment_co_committer.push([id, refs.actor(a, `${at}/coCommitters/${j}`), j]);
  });
  itemRows(c.items, id, null, rows);
  stagesOf(c).forEach((st, j) => {
    const stageAt = `${at}/stages/${j}`;
    const stageId = uuid();
    const parties = [
      refs.optionalActor(st.provider, `${stageAt}/provider`),
      refs.optionalActor(st.receiver, `${stageAt}/receiver`),
    ];
    const date = [...dateCols(st.occurredOn), st.occurredOnInferred ?? false, st.occurredOnApproximate ?? false];
    const money = [st.amount, st.currency, st.amountAsReported];
    rows.commitment_stage.push([stageId, id, j, st.kind, ...money, ...date, ...parties, st.note, recordedAt(j)]);
    itemRows(st.items, id, stageId, rows);
    refs.cite(st.citations, stageAt, { stage: stageId });
  });
  refs.cite(c.citations, at, { commitment: id });
}

function itemRows(items: ItemRecord[] | undefined, commitmentId: string, stageId: string | null, rows: Rows): void {
  (items ?? []).forEach((item, position) => {
    const value = [item.estimatedValue, item.currency, item.valueAsReported, item.valuationMethod, item.valuationNote];
    const counted = [item.quantity, item.unit];
    rows.commitment_item.push([uuid(), commitmentId, stageId, position, item.description, ...counted, ...value]);
  });
}
