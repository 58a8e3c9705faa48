import type { PrismaClient } from "../generated/prisma/client";
import { seedActors, seedTenures, seedTopics } from "./seed-actors";
import { seedCommitments } from "./seed-commitments";
import { seedEngagements, seedStatements } from "./seed-engagements";
import { seedSource } from "./seed-source";
import { type SeedResult, SeedStats } from "./sync";

/**
 * Writes every fact of the seed article (packages/db/seed/article.txt) in one transaction.
 * Safe to repeat: records are matched by their "accord-seed" keys and only differences are written.
 */
export async function seedDatabase(prisma: PrismaClient): Promise<SeedResult> {
  const stats = new SeedStats();
  await prisma.$transaction(
    async (db) => {
      const actors = await seedActors(db, stats);
      const topics = await seedTopics(db, stats);
      await seedTenures(db, stats, actors);
      const source = await seedSource(db, stats, actors);
      const engagements = await seedEngagements(db, stats, { actors, topics }, source);
      const statements = await seedStatements(db, stats, { actors, topics, engagements }, source);
      await seedCommitments(db, stats, { actors, topics, engagements, statements }, source);
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return stats.result();
}
