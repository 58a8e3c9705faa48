import { partialDateColumnsOf } from "../dates/partial-date.fields";
import { dateColumns, type WrittenDate, writtenDate } from "../dates/written-date";
import type { CreateCommitmentInput, UpdateCommitmentInput } from "./commitment-write.input";

type Input = CreateCommitmentInput | UpdateCommitmentInput;

/** When the commitment was made: `made` (EDTF) or the deprecated madeOn with its precision. */
export const writtenMade = (input: Input) =>
  writtenDate({
    edtf: input.made,
    field: "input.made",
    date: input.madeOn,
    dateField: "input.madeOn",
    precision: input.madeOnPrecision,
    precisionField: "input.madeOnPrecision",
    inferred: input.madeOnInferred,
  });

/** When a new status took effect: `statusEffective` (EDTF) or the deprecated statusEffectiveOn, a day. */
export const writtenStatusEffective = (input: Input) =>
  writtenDate({
    edtf: input.statusEffective,
    field: "input.statusEffective",
    date: input.statusEffectiveOn,
    dateField: "input.statusEffectiveOn",
  });

/** A status change's date, in its history entry and in the stage it becomes. */
export type EffectiveDate = WrittenDate | null;
export const madeColumns = (date: WrittenDate | null | undefined) =>
  dateColumns(partialDateColumnsOf("Commitment", "made"), date);
export const historyColumns = (date: EffectiveDate) =>
  dateColumns(partialDateColumnsOf("CommitmentStatusChange", "effective"), date);
export const stageColumns = (date: EffectiveDate) =>
  dateColumns(partialDateColumnsOf("CommitmentStage", "occurred"), date);
