import { type CitationRecord, type EngagementRecord, type ExternalId, externalKey } from "@accord/domain";
import { v7 as uuid } from "uuid";
import type { Catalog } from "../catalog";
import { commitmentSearchText, engagementSearchText, spanEndOf, statementSearchText, storedDateOf } from "../derived";
import { cols } from "./sql";
import { stagesOf } from "./stage-records";

export const tables = {
  engagement: cols(
    "id uuid",
    'kind "EngagementKind"',
    'status "EngagementStatus"',
    "title text",
    "summary text",
    "start_date date",
    'start_precision "DatePrecision"',
    "end_date date",
    'end_precision "DatePrecision"',
    "date_inferred boolean",
    "span_end date",
    "place text",
    "city text",
    "visit_kind text",
    "country_id uuid",
    "parent_id uuid",
    "external_scheme text",
    "external_value text",
    "search_text text",
    "content_hash text",
  ),
  participant: cols(
    "id uuid",
    "engagement_id uuid",
    "actor_id uuid",
    'role "ParticipantRole"',
    "represents_id uuid",
    "title_as_reported text",
    "position int",
  ),
  engagement_topic: cols("engagement_id uuid", "topic_id uuid"),
  statement: cols(
    "id uuid",
    "engagement_id uuid",
    "speaker_id uuid",
    'kind "StatementKind"',
    "gist text",
    "quote text",
    "position int",
    "external_scheme text",
    "external_value text",
    "search_text text",
  ),
  statement_topic: cols("statement_id uuid", "topic_id uuid"),
  statement_mention: cols("statement_id uuid", "actor_id uuid"),
  commitment: cols(
    "id uuid",
    "committer_id uuid",
    "beneficiary_id uuid",
    'kind "CommitmentKind"',
    "description text",
    "amount numeric",
    "currency text",
    "amount_as_reported text",
    "period_start date",
    "period_end date",
    'status "CommitmentStatus"',
    "made_on date",
    'made_on_precision "DatePrecision"',
    "made_on_inferred boolean",
    'instrument "CommitmentInstrument"',
    "concessional boolean",
    "channel_id uuid",
    "engagement_id uuid",
    "statement_id uuid",
    "external_scheme text",
    "external_value text",
    "search_text text",
  ),
  commitment_status_change: cols(
    "id uuid",
    "commitment_id uuid",
    'status "CommitmentStatus"',
    "effective_on date",
    'effective_precision "DatePrecision"',
    "note text",
    "recorded_at timestamptz",
  ),
  commitment_co_committer: cols("commitment_id uuid", "actor_id uuid", "position int"),
  commitment_stage: cols(
    "id uuid",
    "commitment_id uuid",
    "position int",
    'kind "CommitmentStageKind"',
    "amount numeric",
    "currency text",
    "amount_as_reported text",
    "occurred_on date",
    'occurred_on_precision "DatePrecision"',
    "occurred_on_inferred boolean",
    "provider_id uuid",
    "receiver_id uuid",
    "note text",
    "recorded_at timestamptz",
  ),
  citation: cols(
    "id uuid",
    "source_id uuid",
    "engagement_id uuid",
    "statement_id uuid",
    "commitment_id uuid",
    "quote text",
    "start_offset int",
    "end_offset int",
    "locator text",
  ),
};
export type Table = keyof typeof tables;
export type Rows = Record<Table, unknown[][]>;
export const emptyRows = (): Rows => ({
  engagement: [],
  participant: [],
  engagement_topic: [],
  statement: [],
  statement_topic: [],
  statement_mention: [],
  commitment: [],
  commitment_status_change: [],
  commitment_co_committer: [],
  commitment_stage: [],
  citation: [],
});

/** A reference that no longer resolves when writing (its target was rejected). */
export class UnresolvedReference extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const dateCols = (text: string | undefined) => {
  if (!text) return [null, null] as const;
  const s = storedDateOf(text);
  return [day(s.date), s.precision] as const;
};

/**
 * `keptIds`: the ids statements and commitments of rewritten engagements already have, by
 * `statement|<external key>` and `commitment|<external key>`: a changed engagement keeps its
 * children's ids (and the global IDs clients hold) when it is written again.
 */
export type RowContext = {
  catalog: Catalog;
  engagementIds: Map<string, string>;
  recordedAt: Date;
  keptIds?: Map<string, string>;
};

/** Turns one engagement record into rows of every table it fills, with fresh ids. */
export function engagementRows(e: EngagementRecord, id: string, hash: string, ctx: RowContext, rows: Rows): void {
  const actor = (ref: ExternalId, path: string) => {
    const found = ctx.catalog.actorByIdentifier.get(externalKey(ref));
    if (!found) throw new UnresolvedReference(path, `no actor ${externalKey(ref)}`);
    return found;
  };
  const optionalActor = (ref: ExternalId | undefined, path: string) => (ref ? actor(ref, path) : null);
  const topic = (slug: string, path: string) => {
    const found = ctx.catalog.topicBySlug.get(slug);
    if (!found) throw new UnresolvedReference(path, `no topic ${slug}`);
    return found.id;
  };
  const cite = (
    list: CitationRecord[] | undefined,
    at: string,
    target: [string | null, string | null, string | null],
  ) =>
    (list ?? []).forEach((c, i) => {
      const source = ctx.catalog.sourceByKey.get(externalKey(c.source));
      if (!source) throw new UnresolvedReference(`${at}/citations/${i}/source`, `no source ${externalKey(c.source)}`);
      rows.citation.push([uuid(), source.id, ...target, c.quote, c.startOffset, c.endOffset, c.locator]);
    });
  const start = storedDateOf(e.start);
  const end = e.end ? storedDateOf(e.end) : null;
  rows.engagement.push([
    id,
    e.kind,
    e.status ?? "HELD",
    e.title,
    e.summary,
    day(start.date),
    start.precision,
    end ? day(end.date) : null,
    end?.precision ?? null,
    e.dateInferred ?? false,
    day(spanEndOf(start, end)),
    e.place,
    e.city,
    e.visitKind,
    optionalActor(e.country, "/country"),
    e.parent ? (ctx.engagementIds.get(externalKey(e.parent)) ?? null) : null,
    e.id.scheme,
    e.id.value,
    engagementSearchText(e),
    hash,
  ]);
  const seenActors = new Set<string>();
  e.participants.forEach((p, i) => {
    const actorId = actor(p.actor, `/participants/${i}/actor`);
    if (seenActors.has(actorId)) return;
    seenActors.add(actorId);
    rows.participant.push([
      uuid(),
      id,
      actorId,
      p.role ?? "PARTICIPANT",
      optionalActor(p.represents, `/participants/${i}/represents`),
      p.titleAsReported,
      i,
    ]);
  });
  for (const topicId of new Set((e.topics ?? []).map((slug, i) => topic(slug, `/topics/${i}`))))
    rows.engagement_topic.push([id, topicId]);
  cite(e.citations, "", [id, null, null]);
  const statementIds = new Map<string, string>();
  (e.statements ?? []).forEach((s, i) => {
    const sid = (s.id && ctx.keptIds?.get(`statement|${externalKey(s.id)}`)) || uuid();
    if (s.id) statementIds.set(externalKey(s.id), sid);
    rows.statement.push([
      sid,
      id,
      actor(s.speaker, `/statements/${i}/speaker`),
      s.kind,
      s.gist,
      s.quote,
      i,
      s.id?.scheme,
      s.id?.value,
      statementSearchText(s),
    ]);
    for (const t of new Set((s.topics ?? []).map((slug, j) => topic(slug, `/statements/${i}/topics/${j}`))))
      rows.statement_topic.push([sid, t]);
    for (const a of new Set((s.mentions ?? []).map((m, j) => actor(m, `/statements/${i}/mentions/${j}`))))
      rows.statement_mention.push([sid, a]);
    cite(s.citations, `/statements/${i}`, [null, sid, null]);
  });
  (e.commitments ?? []).forEach((c, i) => {
    const cid = (c.id && ctx.keptIds?.get(`commitment|${externalKey(c.id)}`)) || uuid();
    const at = `/commitments/${i}`;
    rows.commitment.push([
      cid,
      actor(c.committer, `${at}/committer`),
      optionalActor(c.beneficiary, `${at}/beneficiary`),
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
      c.instrument,
      c.concessional,
      optionalActor(c.channel, `${at}/channel`),
      id,
      c.statement ? (statementIds.get(externalKey(c.statement)) ?? null) : null,
      c.id?.scheme,
      c.id?.value,
      commitmentSearchText(c),
    ]);
    // The order of the history is the order of recording: one millisecond apart.
    const recordedAt = (j: number) => new Date(ctx.recordedAt.getTime() + j).toISOString();
    (c.history ?? []).forEach((h, j) => {
      rows.commitment_status_change.push([uuid(), cid, h.status, ...dateCols(h.effectiveOn), h.note, recordedAt(j)]);
    });
    (c.coCommitters ?? []).forEach((a, j) => {
      rows.commitment_co_committer.push([cid, actor(a, `${at}/coCommitters/${j}`), j]);
    });
    stagesOf(c).forEach((st, j) => {
      const stageAt = `${at}/stages/${j}`;
      const parties = [
        optionalActor(st.provider, `${stageAt}/provider`),
        optionalActor(st.receiver, `${stageAt}/receiver`),
      ];
      const date = [...dateCols(st.occurredOn), st.occurredOnInferred ?? false];
      const money = [st.amount, st.currency, st.amountAsReported];
      rows.commitment_stage.push([uuid(), cid, j, st.kind, ...money, ...date, ...parties, st.note, recordedAt(j)]);
    });
    cite(c.citations, at, [null, null, cid]);
  });
}
