import { Prisma, type PrismaClient } from "@accord/db";
import DataLoader from "dataloader";
import { batchOptions } from "../common/loader-factories";
import type { WindowListSpec } from "../common/window-connection";
import type { Participant } from "./participant.type";

export const defaultParticipants = 100;
export const maxParticipants = 500;

/** An engagement's participants a page at a time, in the order the source names them (as `participants`). */
export const participantsByEngagementSpec: WindowListSpec = {
  from: "participant p",
  id: "p.id",
  parent: "p.engagement_id",
  order: "p.position, p.id",
};

/** The first `limit` participants of each engagement in source order: one statement for all engagements. */
export function participantsSql(engagementIds: string[], limit: number): Prisma.Sql {
  return Prisma.sql`SELECT id::text, engagement_id::text AS "engagementId", actor_id::text AS "actorId", role::text AS role,
      represents_id::text AS "representsId", title_as_reported AS "titleAsReported"
    FROM (SELECT p.*, row_number() OVER (PARTITION BY p.engagement_id ORDER BY p.position, p.id) AS rn
      FROM participant p WHERE p.engagement_id = ANY(${engagementIds}::uuid[])) ranked
    WHERE rn <= ${limit} ORDER BY engagement_id, rn`;
}

export type ActorRow = Awaited<ReturnType<PrismaClient["actor"]["findMany"]>>[number];

/**
 * Per-request loaders of bounded participant lists, one per limit asked for. The participants' actors
 * are read in the same round trip (a second statement sent alongside) and handed to `primeActors`,
 * so `participant.actor` needs no further level of queries.
 */
export function boundedParticipantsLoader(prisma: PrismaClient, primeActors?: (actors: ActorRow[]) => void) {
  const byLimit = new Map<number, DataLoader<string, Participant[]>>();
  return (limit: number) => {
    let loader = byLimit.get(limit);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const [rows, actors] = await Promise.all([
          prisma.$queryRaw<Participant[]>(participantsSql([...ids], limit)),
          primeActors
            ? prisma.actor.findMany({ where: { participations: { some: { engagementId: { in: [...ids] } } } } })
            : [],
        ]);
        primeActors?.(actors);
        const groups = new Map<string, Participant[]>(ids.map((id) => [id, []]));
        for (const row of rows) groups.get(row.engagementId)?.push(row);
        return ids.map((id) => groups.get(id) ?? []);
      }, batchOptions);
      byLimit.set(limit, loader);
    }
    return loader;
  };
}

export function participantCountLoader(prisma: PrismaClient) {
  return new DataLoader<string, number>(async (ids) => {
    const rows = await prisma.participant.groupBy({
      by: ["engagementId"],
      where: { engagementId: { in: [...ids] } },
      _count: { _all: true },
    });
    const counts = new Map(rows.map((row) => [row.engagementId, row._count._all]));
    return ids.map((id) => counts.get(id) ?? 0);
  }, batchOptions);
}
