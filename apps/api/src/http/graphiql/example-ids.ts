import type { PrismaClient } from "@accord/db";
import { toGlobalId } from "../../common/global-id";

/** Global IDs of the seed article's records that the example tabs use as variables. */
export type ExampleIds = Partial<
  Record<"choRutteMeeting" | "rok" | "nato" | "ukraine" | "markRutte" | "northKorea", string>
>;

const actorNames = {
  rok: "Republic of Korea",
  nato: "North Atlantic Treaty Organization",
  ukraine: "Ukraine",
  markRutte: "Mark Rutte",
  northKorea: "North Korea",
} as const;

/** Looks the records up by name; a database without the seed (or unreachable) leaves them out. */
export async function findExampleIds(prisma: PrismaClient): Promise<ExampleIds> {
  try {
    const [actors, meeting] = await Promise.all([
      prisma.actor.findMany({ where: { name: { in: Object.values(actorNames) } }, select: { id: true, name: true } }),
      prisma.engagement.findFirst({ where: { title: "Cho Tae-yul – Mark Rutte meeting" }, select: { id: true } }),
    ]);
    const ids: ExampleIds = meeting ? { choRutteMeeting: toGlobalId("Engagement", meeting.id) } : {};
    for (const [key, name] of Object.entries(actorNames) as [keyof typeof actorNames, string][]) {
      const actor = actors.find((a) => a.name === name);
      if (actor) ids[key] = toGlobalId("Actor", actor.id);
    }
    return ids;
  } catch {
    return {};
  }
}
