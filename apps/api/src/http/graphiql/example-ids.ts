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

const exampleCount = Object.keys(actorNames).length + 1;

/**
 * findExampleIds once per process (engagement.title has no index: no scan per page load). While some
 * are missing (a database not seeded yet) they are looked up again, at most once per `retryAfterMs`.
 */
export function cachedExampleIds(
  prisma: PrismaClient,
  retryAfterMs = 60_000,
  // The clock is a parameter so a test can step it instead of racing a timer.
  now: () => number = Date.now,
): () => Promise<ExampleIds> {
  let cached: Promise<ExampleIds> | undefined;
  let complete = false;
  let lookedUpAt = 0;
  return () => {
    if (!cached || (!complete && now() - lookedUpAt >= retryAfterMs)) {
      lookedUpAt = now();
      cached = findExampleIds(prisma).then((ids) => {
        complete = Object.keys(ids).length === exampleCount;
        return ids;
      });
    }
    return cached;
  };
}
