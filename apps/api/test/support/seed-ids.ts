import { type PrismaClient, seedScheme } from "@accord/db";
import { toGlobalId } from "../../src/common/global-id";

/** The global ID of a seeded actor by its key in the seed's facts (`rok`, `nato`, `rutte`, …). */
export async function seedActorId(prisma: PrismaClient, key: string): Promise<string> {
  const identifier = await prisma.actorIdentifier.findUniqueOrThrow({
    where: { scheme_value: { scheme: seedScheme, value: `actor:${key}` } },
  });
  return toGlobalId("Actor", identifier.actorId);
}
