import type { DatePrecision, ParticipantRole, Prisma } from "@accord/db";
import { assertEndNotBeforeStart, assertPlausibleDate, storedDate } from "../writes/dates";
import { resolveRefs } from "../writes/references";
import type { Tx } from "../writes/transaction";
import { badInput } from "../writes/validate-input";
import type { ParticipantInput } from "./engagement-write.input";

export type ParticipantRow = {
  actorId: string;
  role: ParticipantRole;
  representsId: string | null;
  titleAsReported: string | null;
  position: number;
};

/** Participants as rows: actors exist, none listed twice, order kept in `position`. */
export async function resolveParticipants(tx: Tx, participants: ParticipantInput[]): Promise<ParticipantRow[]> {
  const seen = new Map<string, number>();
  participants.forEach((participant, index) => {
    const earlier = seen.get(participant.actorId);
    if (earlier !== undefined) {
      throw badInput(`input.participants[${index}].actorId`, `the actor is already listed at participants[${earlier}]`);
    }
    seen.set(participant.actorId, index);
  });
  const actorIds = await resolveRefs(
    tx,
    participants.map((p, index) => ({
      type: "Actor",
      globalId: p.actorId,
      field: `input.participants[${index}].actorId`,
    })),
  );
  const represented = participants.map((p, index) => ({ p, index })).filter(({ p }) => p.representsId);
  const representsIds = await resolveRefs(
    tx,
    represented.map(({ p, index }) => ({
      type: "Actor",
      globalId: p.representsId!,
      field: `input.participants[${index}].representsId`,
    })),
  );
  const representsByIndex = new Map(represented.map(({ index }, i) => [index, representsIds[i]!]));
  return participants.map((p, index) => ({
    actorId: actorIds[index]!,
    role: p.role ?? "PARTICIPANT",
    representsId: representsByIndex.get(index) ?? null,
    titleAsReported: p.titleAsReported?.trim() || null,
    position: index,
  }));
}

/** Topic IDs to database IDs: each exists and is listed once. */
export async function resolveTopicIds(tx: Tx, topicIds: string[], field = "input.topicIds"): Promise<string[]> {
  const ids = await resolveRefs(
    tx,
    topicIds.map((globalId, index) => ({ type: "Topic", globalId, field: `${field}[${index}]` })),
  );
  ids.forEach((id, index) => {
    if (ids.indexOf(id) !== index) throw badInput(`${field}[${index}]`, "the topic is listed twice");
  });
  return ids;
}

export type EngagementDateFields = {
  startDate: Date;
  startPrecision: DatePrecision;
  endDate: Date | null;
  endPrecision: DatePrecision | null;
};

/** Dates as stored (first day of their period) after checking they are plausible and in order. */
export function checkEngagementDates(dates: EngagementDateFields): EngagementDateFields {
  assertPlausibleDate(dates.startDate, "input.startDate");
  assertPlausibleDate(dates.endDate, "input.endDate");
  if (!dates.endDate && dates.endPrecision) throw badInput("input.endPrecision", "needs an endDate");
  assertEndNotBeforeStart({
    start: dates.startDate,
    startPrecision: dates.startPrecision,
    end: dates.endDate,
    endPrecision: dates.endPrecision,
    field: "input.endDate",
    startName: "startDate",
  });
  return {
    startDate: storedDate(dates.startDate, dates.startPrecision),
    startPrecision: dates.startPrecision,
    endDate: dates.endDate ? storedDate(dates.endDate, dates.endPrecision ?? "DAY") : null,
    endPrecision: dates.endDate ? (dates.endPrecision ?? "DAY") : null,
  };
}

/** A side engagement's parent cannot be itself or one of its own side engagements. */
export async function assertNoEngagementCycle(tx: Tx, id: string, parentId: string): Promise<void> {
  let current: string | null = parentId;
  for (let depth = 0; current && depth < 100; depth++) {
    if (current === id) throw badInput("input.parentId", "would make the engagement a side event of itself");
    const row: { parentId: string | null } | null = await tx.engagement.findUnique({
      where: { id: current },
      select: { parentId: true },
    });
    current = row?.parentId ?? null;
  }
}

const snapshotInclude = {
  participants: {
    select: { actorId: true, role: true, representsId: true, titleAsReported: true, position: true },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  },
  topics: { select: { topicId: true }, orderBy: { topicId: "asc" } },
} satisfies Prisma.EngagementInclude;

export type EngagementSnapshot = Prisma.EngagementGetPayload<{ include: typeof snapshotInclude }>;

/** The engagement with its participants and topics, as the audit log records it. */
export function loadEngagementSnapshot(tx: Tx, id: string): Promise<EngagementSnapshot | null> {
  return tx.engagement.findUnique({ where: { id }, include: snapshotInclude });
}
