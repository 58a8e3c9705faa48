import type { DatePrecision } from "@accord/db";
import { required } from "@accord/domain";
import { recordAudit } from "../audit/audit.write";
import { decodeId, toGlobalId } from "../common/global-id";
import { engagementSearchText, spanEndOf } from "../writes/derived";
import { resolveOptionalRef } from "../writes/references";
import { runWrite, type Tx } from "../writes/transaction";
import { badInput } from "../writes/validate-input";
import { assertVersion, confirmUpdated, notFound } from "../writes/versioning";
import type { WriteContext } from "../writes/write-context";
import {
  assertNoEngagementCycle,
  checkEngagementDates,
  type EngagementSnapshot,
  loadEngagementSnapshot,
  resolveParticipants,
  resolveTopicIds,
  writtenEngagementDates,
} from "./engagement-parts.write";
import type { CreateEngagementInput, UpdateEngagementInput } from "./engagement-write.input";

const stripSnapshot = ({ participants: _p, topics: _t, ...row }: EngagementSnapshot) => row;

async function snapshotOrThrow(tx: Tx, id: string): Promise<EngagementSnapshot> {
  const snapshot = await loadEngagementSnapshot(tx, id);
  if (!snapshot) throw notFound("Engagement", id);
  return snapshot;
}

/** Creates an engagement with its participants and topics. */
export function createEngagement({ prisma, viewer, input }: WriteContext & { input: CreateEngagementInput }) {
  return runWrite(prisma, async (tx) => {
    const written = writtenEngagementDates(input);
    if (!written.start) {
      throw badInput("input.start", "is required: EDTF text such as 2024, 2025-04 or 2025-04-02");
    }
    const dates = checkEngagementDates(written.start, written.end ?? null);
    const countryId = await resolveOptionalRef(tx, "Actor", input.countryId, "input.countryId");
    const parentId = await resolveOptionalRef(tx, "Engagement", input.parentId, "input.parentId");
    const participants = await resolveParticipants(tx, input.participants ?? []);
    const topicIds = await resolveTopicIds(tx, input.topicIds ?? []);
    const text = {
      title: input.title.trim(),
      summary: input.summary ?? null,
      place: input.place ?? null,
      city: input.city ?? null,
    };
    const created = await tx.engagement.create({
      data: {
        kind: input.kind,
        status: input.status ?? "HELD",
        ...text,
        ...dates,
        spanEnd: spanEndOf(dates),
        countryId: countryId ?? null,
        parentId: parentId ?? null,
        searchText: engagementSearchText(text),
        participants: { create: participants },
        topics: { create: topicIds.map((topicId) => ({ topicId })) },
      },
    });
    const after = await snapshotOrThrow(tx, created.id);
    await recordAudit({
      tx,
      viewer,
      action: "CREATE",
      entityType: "Engagement",
      entityId: created.id,
      before: null,
      after,
    });
    return stripSnapshot(after);
  });
}

/** Changes an engagement if `version` is still current; given participant and topic lists replace the old ones. */
export function updateEngagement({ prisma, viewer, input }: WriteContext & { input: UpdateEngagementInput }) {
  const id = decodeId(input.id, "Engagement", "input.id");
  return runWrite(prisma, async (tx) => {
    const before = await loadEngagementSnapshot(tx, id);
    assertVersion({ type: "Engagement", id, expected: input.version, current: before?.version ?? null });
    if (!before) throw notFound("Engagement", id);
    const written = writtenEngagementDates(input);
    const field = "input.start";
    const kept = (date: Date | null, precision: DatePrecision | null) =>
      date ? { first: date, precision: precision ?? "DAY", field } : null;
    const dates = checkEngagementDates(
      // The deprecated dateInferred may still change the flag alone.
      written.start ?? {
        ...required(kept(before.startDate, before.startPrecision), `the start of Engagement ${id}`),
        inferred: input.dateInferred ?? undefined,
      },
      written.end === undefined ? kept(before.endDate, before.endPrecision) : written.end,
    );
    const countryId = await resolveOptionalRef(tx, "Actor", input.countryId, "input.countryId");
    const parentId = await resolveOptionalRef(tx, "Engagement", input.parentId, "input.parentId");
    if (parentId) await assertNoEngagementCycle(tx, id, parentId);
    const participants = input.participants ? await resolveParticipants(tx, input.participants) : undefined;
    const topicIds = input.topicIds ? await resolveTopicIds(tx, input.topicIds) : undefined;
    const text = {
      title: input.title?.trim() ?? before.title,
      summary: input.summary === undefined ? before.summary : input.summary,
      place: input.place === undefined ? before.place : input.place,
      city: input.city === undefined ? before.city : input.city,
    };
    const { count } = await tx.engagement.updateMany({
      where: { id, version: input.version },
      data: {
        kind: input.kind ?? undefined,
        status: input.status ?? undefined,
        ...text,
        ...dates,
        spanEnd: spanEndOf(dates),
        countryId,
        parentId,
        searchText: engagementSearchText(text),
        version: { increment: 1 },
      },
    });
    await confirmUpdated({ type: "Engagement", id, expected: input.version, count, table: tx.engagement });
    if (participants) {
      await tx.participant.deleteMany({ where: { engagementId: id } });
      await tx.participant.createMany({ data: participants.map((p) => ({ ...p, engagementId: id })) });
    }
    if (topicIds) {
      await tx.engagementTopic.deleteMany({ where: { engagementId: id } });
      await tx.engagementTopic.createMany({ data: topicIds.map((topicId) => ({ engagementId: id, topicId })) });
    }
    const after = await snapshotOrThrow(tx, id);
    await recordAudit({ tx, viewer, action: "UPDATE", entityType: "Engagement", entityId: id, before, after });
    return stripSnapshot(after);
  });
}

/** Deletes an engagement with its participants, statements, citations (commitments stay, unlinked). */
export function deleteEngagement({
  prisma,
  viewer,
  input,
}: WriteContext & { input: { id: string; version?: number | null } }) {
  const id = decodeId(input.id, "Engagement", "id");
  return runWrite(prisma, async (tx) => {
    const before = await snapshotOrThrow(tx, id);
    if (input.version != null) {
      assertVersion({ type: "Engagement", id, expected: input.version, current: before.version, field: "version" });
    }
    await tx.engagement.delete({ where: { id } });
    await recordAudit({ tx, viewer, action: "DELETE", entityType: "Engagement", entityId: id, before, after: null });
    return toGlobalId("Engagement", id);
  });
}
