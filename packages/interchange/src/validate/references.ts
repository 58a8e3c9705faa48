import { type CommitmentRecord, type ExternalId, externalKey, fxRateKey, type InterchangeRecord } from "@accord/domain";

export type RefKind = "actor" | "source" | "topic" | "engagement" | "commitment";
export type Reference = { kind: RefKind; key: string; path: string };

const ref = (kind: RefKind, id: ExternalId | undefined, path: string): Reference[] =>
  id ? [{ kind, key: externalKey(id), path }] : [];

/** Every reference a record makes to another record, with the field it is in. */
export function referencesOf(record: InterchangeRecord): Reference[] {
  switch (record.type) {
    case "topic":
      return record.parent ? [{ kind: "topic", key: record.parent, path: "/parent" }] : [];
    case "actor":
      return [
        ...ref("actor", record.parent, "/parent"),
        ...(record.tenures ?? []).flatMap((t, i) =>
          ref("actor", t.office.jurisdiction, `/tenures/${i}/office/jurisdiction`),
        ),
      ];
    case "source":
      return [
        ...ref("actor", record.publisher, "/publisher"),
        ...(record.authors ?? []).flatMap((a, i) => ref("actor", a, `/authors/${i}`)),
      ];
    case "engagement": {
      const e = record;
      const topics = (list: string[] | undefined, at: string): Reference[] =>
        (list ?? []).map((slug, i) => ({ kind: "topic", key: slug, path: `${at}/topics/${i}` }));
      return [
        ...ref("actor", e.country, "/country"),
        ...ref("engagement", e.parent, "/parent"),
        ...e.participants.flatMap((p, i) => [
          ...ref("actor", p.actor, `/participants/${i}/actor`),
          ...ref("actor", p.represents, `/participants/${i}/represents`),
        ]),
        ...topics(e.topics, ""),
        ...citations(e.citations, ""),
        ...(e.statements ?? []).flatMap((s, i) => [
          ...ref("actor", s.speaker, `/statements/${i}/speaker`),
          ...(s.mentions ?? []).flatMap((m, j) => ref("actor", m, `/statements/${i}/mentions/${j}`)),
          ...topics(s.topics, `/statements/${i}`),
          ...citations(s.citations, `/statements/${i}`),
        ]),
        ...(e.commitments ?? []).flatMap((c, i) => commitmentReferences(c, `/commitments/${i}`)),
      ];
    }
    case "commitment":
      return commitmentReferences(record, "");
    case "fxRate":
      return [];
  }
}

const citations = (list: { source: ExternalId }[] | undefined, at: string) =>
  (list ?? []).flatMap((c, i) => ref("source", c.source, `${at}/citations/${i}/source`));

/** The references of one commitment, at `at` ("/commitments/0" in an engagement, "" for a record of its own). */
function commitmentReferences(c: CommitmentRecord, at: string): Reference[] {
  return [
    ...ref("actor", c.committer, `${at}/committer`),
    ...(c.coCommitters ?? []).flatMap((a, j) => ref("actor", a, `${at}/coCommitters/${j}`)),
    ...ref("actor", c.beneficiary, `${at}/beneficiary`),
    ...ref("actor", c.channel, `${at}/channel`),
    ...(c.stages ?? []).flatMap((s, j) => [
      ...ref("actor", s.provider, `${at}/stages/${j}/provider`),
      ...ref("actor", s.receiver, `${at}/stages/${j}/receiver`),
      ...citations(s.citations, `${at}/stages/${j}`),
    ]),
    ...(c.links ?? []).flatMap((l, j) => ref("commitment", l.to, `${at}/links/${j}/to`)),
    ...citations(c.citations, at),
  ];
}

/** The keys a record defines for others to refer to. */
export function definitionsOf(
  record: InterchangeRecord,
): { kind: RefKind | "statement" | "fxRate"; key: string; path: string }[] {
  switch (record.type) {
    case "topic":
      return [{ kind: "topic", key: record.slug, path: "/slug" }];
    case "actor":
      return record.identifiers.map((id, i) => ({ kind: "actor", key: externalKey(id), path: `/identifiers/${i}` }));
    case "source":
      return [{ kind: "source", key: externalKey(record.id), path: "/id" }];
    case "engagement":
      return [
        { kind: "engagement", key: externalKey(record.id), path: "/id" },
        ...(record.statements ?? []).flatMap((s, i) =>
          s.id ? [{ kind: "statement" as const, key: externalKey(s.id), path: `/statements/${i}/id` }] : [],
        ),
        ...(record.commitments ?? []).flatMap((c, i) =>
          c.id ? [{ kind: "commitment" as const, key: externalKey(c.id), path: `/commitments/${i}/id` }] : [],
        ),
      ];
    case "commitment":
      return [{ kind: "commitment", key: externalKey(record.id), path: "/id" }];
    case "fxRate":
      return [{ kind: "fxRate", key: fxRateKey(record), path: "/date" }];
  }
}

/** The key a record is known by in messages. */
export function recordLabel(record: unknown): string | undefined {
  if (!record || typeof record !== "object") return undefined;
  const r = record as { type?: unknown; id?: ExternalId; slug?: unknown; identifiers?: ExternalId[] };
  if (r.type === "fxRate") {
    const rate = record as { base?: unknown; currency?: unknown; date?: unknown };
    return `fxRate:${String(rate.base)} ${String(rate.currency)} ${String(rate.date)}`;
  }
  const id = r.id ?? r.identifiers?.[0];
  if (id && typeof id.scheme === "string" && typeof id.value === "string") return externalKey(id);
  return typeof r.slug === "string" ? `topic:${r.slug}` : undefined;
}
