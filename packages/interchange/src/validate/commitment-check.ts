import { type CitationRecord, type CommitmentRecord, externalKey, type ItemRecord } from "@accord/domain";
import { checkDate, checkRange } from "./date-check";
import type { SchemaError } from "./schema-check";

/** Money fields that go together: an amount and its currency. */
function checkMoney(errors: SchemaError[], at: string, amount: unknown, currency: unknown, amountField: string): void {
  if ((amount === undefined) !== (currency === undefined)) {
    const missing = amount === undefined ? amountField : "currency";
    errors.push({ path: `${at}/${missing}`, message: `${amountField} and currency go together` });
  }
}

/** The same rules as the API's items (commitment-item.write.ts): value with currency, method with a value, quantity above zero. */
function checkItems(errors: SchemaError[], at: string, items: ItemRecord[] | undefined): void {
  for (const [i, item] of (items ?? []).entries()) {
    const path = `${at}/items/${i}`;
    checkMoney(errors, path, item.estimatedValue, item.currency, "estimatedValue");
    if (item.quantity !== undefined && Number(item.quantity) === 0) {
      errors.push({ path: `${path}/quantity`, message: "must be more than zero" });
    }
    if (item.valuationMethod !== undefined && item.estimatedValue === undefined) {
      errors.push({
        path: `${path}/valuationMethod`,
        message: "describes an estimated value: give estimatedValue and currency",
      });
    }
  }
}

/** Every citation list of a commitment (its own and its stages'), with the path of each list. */
export function commitmentCitations(c: CommitmentRecord, at: string): [string, CitationRecord[] | undefined][] {
  return [
    [at, c.citations],
    ...(c.stages ?? []).map((s, j): [string, CitationRecord[] | undefined] => [`${at}/stages/${j}`, s.citations]),
  ];
}

/**
 * Rules the schema cannot say about one commitment, at `at` ("/commitments/0" in an engagement, "" for a
 * record of its own); `statements`: the ids of its engagement's statements (none for a standalone one).
 */
export function checkCommitment(
  errors: SchemaError[],
  c: CommitmentRecord,
  at: string,
  statements?: Set<string>,
): void {
  checkMoney(errors, at, c.amount, c.currency, "amount");
  if (c.statement && !statements?.has(externalKey(c.statement))) {
    errors.push({
      path: `${at}/statement`,
      message: `${externalKey(c.statement)} is not a statement of this engagement`,
    });
  }
  if (c.links?.length && !c.id) errors.push({ path: `${at}/id`, message: "a commitment with links needs an id" });
  checkDate(errors, `${at}/madeOn`, c.madeOn);
  checkDate(errors, `${at}/periodStart`, c.periodStart);
  checkDate(errors, `${at}/periodEnd`, c.periodEnd);
  checkRange(errors, `${at}/periodEnd`, c.periodStart, c.periodEnd);
  for (const [j, h] of (c.history ?? []).entries()) checkDate(errors, `${at}/history/${j}/effectiveOn`, h.effectiveOn);
  if (c.concessional !== undefined && c.instrument !== "LOAN") {
    errors.push({ path: `${at}/concessional`, message: "applies to a LOAN only" });
  }
  const parties = [c.committer, ...(c.coCommitters ?? [])].map(externalKey);
  parties.forEach((key, j) => {
    if (j > 0 && parties.indexOf(key) !== j) {
      errors.push({ path: `${at}/coCommitters/${j - 1}`, message: `${key} is already a committer` });
    }
  });
  checkItems(errors, at, c.items);
  for (const [j, s] of (c.stages ?? []).entries()) {
    checkMoney(errors, `${at}/stages/${j}`, s.amount, s.currency, "amount");
    checkDate(errors, `${at}/stages/${j}/occurredOn`, s.occurredOn);
    checkItems(errors, `${at}/stages/${j}`, s.items);
  }
}

/** Offsets that go together and in order, for every citation list given. */
export function checkCitations(errors: SchemaError[], lists: [string, CitationRecord[] | undefined][]): void {
  for (const [at, list] of lists) {
    for (const [i, c] of (list ?? []).entries()) {
      const path = `${at}/citations/${i}`;
      if ((c.startOffset === undefined) !== (c.endOffset === undefined)) {
        errors.push({ path, message: "startOffset and endOffset go together" });
      } else if (c.startOffset !== undefined && c.endOffset !== undefined && c.endOffset < c.startOffset) {
        errors.push({ path: `${path}/endOffset`, message: "is before startOffset" });
      }
    }
  }
}
