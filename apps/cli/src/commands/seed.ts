import { createPrismaClient, seedDatabase } from "@accord/db";
import type { Command } from "commander";
import { withDatabaseUrl } from "../database";

export function registerSeedCommand(program: Command): void {
  program
    .command("seed")
    .description("Write the facts of the bundled seed article (safe to repeat: only differences are written).")
    .action(async () => {
      await withDatabaseUrl(async (databaseUrl) => {
        const prisma = createPrismaClient({ databaseUrl, maxConnections: 1 });
        try {
          const result = await seedDatabase(prisma);
          console.log(
            `seed: ${result.created} created, ${result.updated} updated, ${result.deleted} deleted, ${result.unchanged} unchanged`,
          );
          for (const [model, counts] of Object.entries(result.byModel)) {
            const changed = counts.created + counts.updated + counts.deleted;
            if (changed) console.log(`  ${model}: +${counts.created} ~${counts.updated} -${counts.deleted}`);
          }
        } finally {
          await prisma.$disconnect();
        }
      });
    });
}
