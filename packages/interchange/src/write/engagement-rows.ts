import { type EngagementRecord, externalKey } from "@accord/domain";
import { v7 as uuid } from "uuid";
import type { Catalog } from "../catalog";
import { engagementSearchText, spanEndOf, statementSearchText, storedDateOf } from "../derived";
import { commitmentRows } from "./commitment-rows";
import { day, rowRefs, UnwritableRecord } from "./row-refs";
import type { Rows } from "./row-tables";

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
  /** Commitments of no engagement in the database, by external key: an engagement's commitment may not take their id. */
  standalone?: Map<string, unknown>;
};

/** Turns one engagement record into rows of every table it fills, with fresh ids. */
export function engagementRows(e: EngagementRecord, id: string, hash: string, ctx: RowContext, rows: Rows): void {
  const refs = rowRefs(ctx.catalog, rows);
  const { actor, optionalActor, topic, cite } = refs;
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
  cite(e.citations, "", { engagement: id });
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
    cite(s.citations, `/statements/${i}`, { statement: sid });
  });
  (e.commitments ?? []).forEach((c, i) => {
    const key = c.id && externalKey(c.id);
    if (key && ctx.standalone?.has(key)) {
      throw new UnwritableRecord(
        `/commitments/${i}/id`,
        `${key} is a commitment of no engagement in the database: write it as a commitment record, or give this one another id`,
      );
    }
    const place = {
      id: (c.id && ctx.keptIds?.get(`commitment|${externalKey(c.id)}`)) || uuid(),
      engagementId: id,
      statementId: c.statement ? (statementIds.get(externalKey(c.statement)) ?? null) : null,
      hash: null,
      at: `/commitments/${i}`,
      recordedAt: ctx.recordedAt,
    };
    commitmentRows(c, place, refs, rows);
  });
}
