import type { PrismaClient } from "@accord/db";

/** The seed article's bilateral meeting and the ministerial it sat beside, for tests that need them. */
export async function insertChoRutteMeeting(prisma: PrismaClient): Promise<{ meetingId: string }> {
  const actor = (kind: "STATE" | "INTERNATIONAL_ORGANIZATION" | "PERSON", name: string) =>
    prisma.actor.create({ data: { kind, name } });
  const rok = await actor("STATE", "Republic of Korea");
  const nato = await actor("INTERNATIONAL_ORGANIZATION", "North Atlantic Treaty Organization");
  const cho = await actor("PERSON", "Cho Tae-yul");
  const rutte = await actor("PERSON", "Mark Rutte");
  const ministerial = await prisma.engagement.create({
    data: {
      kind: "MULTILATERAL_MEETING",
      title: "NATO Foreign Ministers' Meeting",
      startDate: new Date("2025-04-01"),
      startPrecision: "MONTH",
      spanEnd: new Date("2025-04-30"),
      dateInferred: true,
      city: "Brussels",
      participants: {
        create: [
          { actorId: nato.id, role: "HOST" },
          { actorId: rok.id, role: "GUEST", position: 1 },
        ],
      },
    },
  });
  const meeting = await prisma.engagement.create({
    data: {
      kind: "BILATERAL_MEETING",
      title: "Cho Tae-yul – Mark Rutte meeting",
      startDate: new Date("2025-04-02"),
      spanEnd: new Date("2025-04-02"),
      dateInferred: true,
      place: "NATO headquarters",
      city: "Brussels",
      parentId: ministerial.id,
      participants: {
        create: [
          { actorId: rutte.id, role: "HOST", representsId: nato.id, titleAsReported: "Secretary General" },
          {
            actorId: cho.id,
            role: "VISITOR",
            representsId: rok.id,
            titleAsReported: "Minister of Foreign Affairs",
            position: 1,
          },
        ],
      },
    },
  });
  return { meetingId: meeting.id };
}
