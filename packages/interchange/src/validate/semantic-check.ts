import { type EngagementRecord, externalKey, type InterchangeRecord } from "@accord/domain";
import { checkFxRate } from "../fx-rates/fx-rates-csv";
import { checkCitations, checkCommitment, commitmentCitations } from "./commitment-check";
import { checkDate, checkRange } from "./date-check";
import type { SchemaError } from "./schema-check";

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
  for (const [i, c] of (e.commitments ?? []).entries()) checkCommitment(errors, c, `/commitments/${i}`, statements);
  checkCitations(errors, [
    ["", e.citations],
    ...(e.statements ?? []).map((s, i): [string, typeof s.citations] => [`/statements/${i}`, s.citations]),
    ...(e.commitments ?? []).flatMap((c, i) => commitmentCitations(c, `/commitments/${i}`)),
  ]);
}

/** Rules the JSON Schema cannot say: real dates, ranges in order, fields that go together. */
export function checkSemantics(record: InterchangeRecord): SchemaError[] {
  const errors: SchemaError[] = [];
  if (record.type === "engagement") checkEngagement(record, errors);
  if (record.type === "commitment") {
    checkCommitment(errors, record, "");
    checkCitations(errors, commitmentCitations(record, ""));
  }
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
  if (record.type === "fxRate")
    for (const { column, message } of checkFxRate(record)) errors.push({ path: `/${column}`, message });
  return errors;
}
