import {
  type CommitmentRecord,
  type EngagementRecord,
  externalKey,
  type InterchangeRecord,
  type RecordType,
  recordTypes,
} from "@accord/domain";
import type { Catalog } from "../catalog";
import type { RecordInput } from "../input/located";
import type { Problem } from "../problems";
import type { BulkDb } from "../write/bulk-db";
import { definitionsOf, type RefKind, recordLabel, referencesOf } from "./references";
import { checkSchema } from "./schema-check";
import { checkSemantics } from "./semantic-check";

export type Validation = {
  problems: Problem[];
  /** "file:line" of every record that will not be written, with its type ("unknown" when it has none). */
  rejected: Map<string, RecordType | "unknown">;
  valid: Record<RecordType, number>;
  /** Side engagements and the engagement they hang from, applied after all engagements are written. */
  parentLinks: { child: string; parent: string }[];
  commitmentLinks: { from: string; kind: string; to: string }[];
};

type Pending = {
  kind: RefKind;
  key: string;
  path: string;
  file: string;
  line: number;
  record?: string;
  type: RecordType;
};

export const locationKey = (file: string, line: number) => `${file}:${line}`;

async function existingKeys(db: BulkDb, table: "engagement" | "commitment", keys: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += 5000) {
    const rows = await db.$queryRawUnsafe<{ key: string }[]>(
      `SELECT external_scheme || ':' || external_value AS key FROM ${table} WHERE external_scheme || ':' || external_value = ANY($1::text[])`,
      keys.slice(i, i + 5000),
    );
    for (const row of rows) found.add(row.key);
  }
  return found;
}

/** Pass one: reads all the input, checks every record (schema, rules, references) and writes nothing. */
export async function validateInput(options: {
  db: BulkDb;
  input: RecordInput;
  catalog: Catalog;
  onRecord?: () => void;
}): Promise<Validation> {
  const { db, input, catalog } = options;
  const problems: Problem[] = [];
  const rejected = new Map<string, RecordType | "unknown">();
  const valid = Object.fromEntries(recordTypes.map((t) => [t, 0])) as Record<RecordType, number>;
  const defined: Record<RefKind | "statement" | "fxRate", Map<string, string>> = {
    actor: new Map(),
    source: new Map(),
    topic: new Map(),
    engagement: new Map(),
    commitment: new Map(),
    statement: new Map(),
    fxRate: new Map(),
  };
  const pending: Pending[] = [];
  const parentLinks: Validation["parentLinks"] = [];
  const commitmentLinks: Validation["commitmentLinks"] = [];
  const known = (kind: RefKind, key: string) =>
    defined[kind].has(key) ||
    (kind === "actor" && catalog.actorByIdentifier.has(key)) ||
    (kind === "source" && catalog.sourceByKey.has(key)) ||
    (kind === "topic" && catalog.topicBySlug.has(key));
  const reject = (p: Omit<Problem, "severity">, record?: unknown) => {
    problems.push({ ...p, severity: "error" });
    const at = locationKey(p.file, p.line);
    if (!rejected.has(at)) rejected.set(at, typeOf(record));
  };

  for await (const { file, line, record, parseError } of input.read()) {
    options.onRecord?.();
    if (parseError !== undefined) {
      reject({ file, line, path: "", message: `not JSON: ${parseError}` });
      continue;
    }
    const label = recordLabel(record);
    const errors = checkSchema(record);
    if (!errors.length) errors.push(...checkSemantics(record as InterchangeRecord));
    if (errors.length) {
      for (const e of errors) reject({ file, line, record: label, path: e.path, message: e.message }, record);
      continue;
    }
    const r = record as InterchangeRecord;
    const at = locationKey(file, line);
    let duplicate = false;
    for (const d of definitionsOf(r)) {
      const earlier = defined[d.kind].get(d.key);
      if (earlier !== undefined) {
        reject({ file, line, record: label, path: d.path, message: `${d.key} is already defined at ${earlier}` }, r);
        duplicate = true;
      }
    }
    if (duplicate) continue;
    for (const d of definitionsOf(r)) defined[d.kind].set(d.key, at);
    // Only references not yet resolvable are kept (forward references), so memory stays small.
    for (const ref of referencesOf(r))
      if (!known(ref.kind, ref.key)) pending.push({ ...ref, file, line, record: label, type: r.type });
    valid[r.type]++;
    if (r.type === "engagement") collectLinks(r, parentLinks, commitmentLinks);
    if (r.type === "commitment") collectCommitmentLinks(r, commitmentLinks);
  }

  let unresolved = pending.filter((p) => !known(p.kind, p.key));
  for (const table of ["engagement", "commitment"] as const) {
    const keys = [...new Set(unresolved.filter((p) => p.kind === table).map((p) => p.key))];
    if (!keys.length) continue;
    const inDb = await existingKeys(db, table, keys);
    unresolved = unresolved.filter((p) => p.kind !== table || !inDb.has(p.key));
  }
  for (const p of unresolved) {
    if (!rejected.has(locationKey(p.file, p.line))) valid[p.type]--;
    reject(
      {
        file: p.file,
        line: p.line,
        record: p.record,
        path: p.path,
        message: `no ${p.kind} ${p.key} in the input or the database`,
      },
      { type: p.type },
    );
  }
  problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  return { problems, rejected, valid, parentLinks, commitmentLinks };
}

const knownTypes = new Set<string>(recordTypes);
function typeOf(record: unknown): RecordType | "unknown" {
  const type = (record as { type?: unknown } | undefined)?.type;
  return typeof type === "string" && knownTypes.has(type) ? (type as RecordType) : "unknown";
}

function collectLinks(
  e: EngagementRecord,
  parents: Validation["parentLinks"],
  links: Validation["commitmentLinks"],
): void {
  if (e.parent) parents.push({ child: externalKey(e.id), parent: externalKey(e.parent) });
  for (const c of e.commitments ?? []) collectCommitmentLinks(c, links);
}

function collectCommitmentLinks(c: CommitmentRecord, links: Validation["commitmentLinks"]): void {
  for (const l of c.links ?? []) if (c.id) links.push({ from: externalKey(c.id), kind: l.kind, to: externalKey(l.to) });
}
