import type { DatePrecision, ParticipantRole, Prisma } from "@accord/db";
import { type WrittenDate, writtenDate } from "../dates/written-date";
import { assertEndNotBeforeStart } from "../writes/dates";
import { resolveEach, resolveRefs } from "../writes/references";
import type { Tx } from "../writes/transaction";
import { badInput } from "../writes/validate-input";
import type { CreateEngagementInput, ParticipantInput, UpdateEngagementInput } from "./engagement-write.input";

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
  const actors = await resolveEach(
    tx,
    participants.map((p, index) => ({
      type: "Actor" as const,
      globalId: p.actorId,
      field: `input.participants[${index}].actorId`,
      p,
      index,
    })),
  );
  const represented = await resolveEach(
    tx,
    participants.flatMap((p, index) =>
      p.representsId
        ? [
            {
              type: "Actor" as const,
              globalId: p.representsId,
              field: `input.participants[${index}].representsId`,
              index,
            },
          ]
        : [],
    ),
  );
  const representsByIndex = new Map(represented.map(({ index, id }) => [index, id]));
  return actors.map(({ p, index, id }) => ({
    actorId: id,
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
  /** One pair of flags for the engagement's date; undefined leaves them as they were. */
  dateInferred?: boolean;
  dateApproximate?: boolean;
};

/** The start and end of a create or update input, each by the one rule of writtenDate. */
export function writtenEngagementDates(input: CreateEngagementInput | UpdateEngagementInput) {
  const start = writtenDate({
    edtf: input.start,
    field: "input.start",
    date: input.startDate,
    dateField: "input.startDate",
    precision: input.startPrecision,
    precisionField: "input.startPrecision",
    inferred: input.dateInferred,
  });
  const end = writtenDate({
    edtf: input.end,
    field: "input.end",
    date: input.endDate,
    dateField: "input.endDate",
    precision: input.endPrecision,
    precisionField: "input.endPrecision",
  });
  return { start, end };
}

// The start's flags rule the engagement's; an end written alone can only add a qualifier.
const flag = (start: boolean | undefined, end: boolean | undefined) =>
  start === undefined ? (end ? true : undefined) : start || end === true;

/** Dates as stored after checking the end is not before the start (compared as periods). */
export function checkEngagementDates(start: WrittenDate, end: WrittenDate | null): EngagementDateFields {
  assertEndNotBeforeStart({
    start: start.first,
    startPrecision: start.precision,
    end: end?.first,
    endPrecision: end?.precision ?? null,
    field: end?.field ?? "input.end",
    startName: start.field.replace(/^input\./, ""),
  });
  const dateInferred = flag(start.inferred, end?.inferred);
  const dateApproximate = flag(start.approximate, end?.approximate);
  return {
    startDate: start.first,
    startPrecision: start.precision,
    endDate: end?.first ?? null,
    endPrecision: end?.precision ?? null,
    ...(dateInferred !== undefined ? { dateInferred } : {}),
    ...(dateApproximate !== undefined ? { dateApproximate } : {}),
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
