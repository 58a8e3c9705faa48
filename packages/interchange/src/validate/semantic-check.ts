import { type EngagementRecord, externalKey, type InterchangeRecord } from "@accord/domain";
import { partialDateProblem } from "../derived";
import type { SchemaError } from "./schema-check";

function checkDate(errors: SchemaError[], path: string, text: string | undefined): boolean {
  if (text === undefined) return true;
  const problem = partialDateProblem(text);
  if (problem) errors.push({ path, message: problem });
  return !problem;
}

/** Lexical comparison works for dates at DAY precision; a coarser date is compared on its first day. */
function checkRange(errors: SchemaError[], path: string, start?: string, end?: string): void {
  if (start && end && end.padEnd(10, "-00") < start.padEnd(10, "-00")) {
    errors.push({ path, message: `ends (${end}) before it starts (${start})` });
  }
}

function checkEngagement(e: EngagementRecord, errors: SchemaError[]): void {
  const datesOk = checkDate(errors, "/start", e.start) && checkDate(errors, "/end", e.end);
  if (datesOk) checkRange(errors, "/end", e.start, e.end);
  const actors = new Set<string>();
  e.participants.forEach((p, i) => {
    const key = externalKey(p.actor);
    if (actors.has(key)) errors.push({ path: `/participants/${i}/actor`, message: `${key} takes part twice` });
    actors.add(key);
  });
  const statements = new Set<string>();
  (e.statements ?? []).forEach((s, i) => {
    if (!s.id) return;
    const key = externalKey(s.id);
    if (statements.has(key)) errors.push({ path: `/statements/${i}/id`, message: `${key} appears twice` });
    statements.add(key);
  });
  (e.commitments ?? []).forEach((c, i) => {
    const at = `/commitments/${i}`;
    if ((c.amount === undefined) !== (c.currency === undefined)) {
      errors.push({
        path: `${at}/${c.amount === undefined ? "amount" : "currency"}`,
        message: "amount and currency go together",
      });
    }
    if (c.statement && !statements.has(externalKey(c.statement))) {
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
    for (const [j, h] of (c.history ?? []).entries())
      checkDate(errors, `${at}/history/${j}/effectiveOn`, h.effectiveOn);
    if (c.concessional !== undefined && c.instrument !== "LOAN") {
      errors.push({ path: `${at}/concessional`, message: "applies to a LOAN only" });
    }
    const parties = [c.committer, ...(c.coCommitters ?? [])].map(externalKey);
    parties.forEach((key, j) => {
      if (j > 0 && parties.indexOf(key) !== j) {
        errors.push({ path: `${at}/coCommitters/${j - 1}`, message: `${key} is already a committer` });
      }
    });
    for (const [j, s] of (c.stages ?? []).entries()) {
      if ((s.amount === undefined) !== (s.currency === undefined)) {
        const missing = s.amount === undefined ? "amount" : "currency";
        errors.push({ path: `${at}/stages/${j}/${missing}`, message: "amount and currency go together" });
      }
      checkDate(errors, `${at}/stages/${j}/occurredOn`, s.occurredOn);
    }
  });
  const citations = [
    ...(e.citations ?? []).map((c, i) => [`/citations/${i}`, c] as const),
    ...(e.statements ?? []).flatMap((s, i) =>
      (s.citations ?? []).map((c, j) => [`/statements/${i}/citations/${j}`, c] as const),
    ),
    ...(e.commitments ?? []).flatMap((s, i) =>
      (s.citations ?? []).map((c, j) => [`/commitments/${i}/citations/${j}`, c] as const),
    ),
  ];
  for (const [path, c] of citations) {
    if ((c.startOffset === undefined) !== (c.endOffset === undefined)) {
      errors.push({ path, message: "startOffset and endOffset go together" });
    } else if (c.startOffset !== undefined && c.endOffset !== undefined && c.endOffset < c.startOffset) {
      errors.push({ path: `${path}/endOffset`, message: "is before startOffset" });
    }
  }
}

/** Rules the JSON Schema cannot say: real dates, ranges in order, fields that go together. */
export function checkSemantics(record: InterchangeRecord): SchemaError[] {
  const errors: SchemaError[] = [];
  if (record.type === "engagement") checkEngagement(record, errors);
  if (record.type === "actor") {
    (record.tenures ?? []).forEach((t, i) => {
      const ok = checkDate(errors, `/tenures/${i}/start`, t.start) && checkDate(errors, `/tenures/${i}/end`, t.end);
      if (ok) checkRange(errors, `/tenures/${i}/end`, t.start, t.end);
    });
    (record.aliases ?? []).forEach((a, i) => {
      checkDate(errors, `/aliases/${i}/validFrom`, a.validFrom);
      checkDate(errors, `/aliases/${i}/validTo`, a.validTo);
    });
  }
  if (record.type === "source") checkDate(errors, "/publishedOn", record.publishedOn);
  return errors;
}
