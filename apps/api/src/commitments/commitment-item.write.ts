import type { Tx } from "../writes/transaction";
import { badInput } from "../writes/validate-input";
import type { CommitmentItemInput } from "./commitment-item.input";
import { checkDecimal, checkMoney } from "./commitment-parts.write";

/** An item as stored, without its owner (commitment and stage). */
export type ItemRow = {
  position: number;
  description: string;
  quantity: string | null;
  unit: string | null;
  estimatedValue: string | null;
  currency: string | null;
  valueAsReported: string | null;
  valuationMethod: CommitmentItemInput["valuationMethod"];
  valuationNote: string | null;
};

/** Items checked and in order; `at` names the list in errors ("input.items"). */
export function itemRows(items: CommitmentItemInput[], at: string): ItemRow[] {
  return items.map((item, position) => {
    const field = (name: string) => `${at}.${position}.${name}`;
    const estimatedValue = item.estimatedValue ?? null;
    const currency = item.currency ?? null;
    checkMoney(estimatedValue, currency, { amount: field("estimatedValue"), currency: field("currency") });
    if (item.quantity != null) {
      checkDecimal(item.quantity, field("quantity"));
      if (Number(item.quantity) === 0) throw badInput(field("quantity"), "must be more than zero");
    }
    if (item.valuationMethod != null && estimatedValue === null) {
      throw badInput(field("valuationMethod"), "describes an estimated value: give estimatedValue and currency");
    }
    return {
      position,
      description: item.description.trim(),
      quantity: item.quantity ?? null,
      unit: item.unit ?? null,
      estimatedValue,
      currency,
      valueAsReported: item.valueAsReported ?? null,
      valuationMethod: item.valuationMethod ?? null,
      valuationNote: item.valuationNote ?? null,
    };
  });
}

/** Replaces the commitment's own items (those on no stage). */
export async function replaceCommitmentItems(tx: Tx, commitmentId: string, rows: ItemRow[]): Promise<void> {
  await tx.commitmentItem.deleteMany({ where: { commitmentId, stageId: null } });
  await tx.commitmentItem.createMany({ data: rows.map((row) => ({ ...row, commitmentId })) });
}
