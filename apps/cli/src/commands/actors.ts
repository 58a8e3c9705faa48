import { createBulkDb, likelyDuplicates, loadPeople } from "@accord/interchange";
import type { Command } from "commander";
import { withDatabaseUrl } from "../database";

export function registerActorsCommands(program: Command): void {
  const actors = program.command("actors").description("Look after actors.");
  actors
    .command("duplicates")
    .description("List people who are likely one person, with the evidence (merge them with the mergeActors mutation).")
    .action(async () => {
      await withDatabaseUrl(async (databaseUrl) => {
        const db = createBulkDb(databaseUrl, { maxConnections: 1 });
        try {
          const pairs = likelyDuplicates(await loadPeople(db));
          for (const { a, b, evidence } of pairs) {
            const side = (p: typeof a) =>
              `"${p.name}" (${p.id}; ${p.identifiers.join(", ") || "no identifier"}; ${p.engagements} engagements)`;
            process.stdout.write(`${side(a)}\n  and ${side(b)}\n  because ${evidence}\n`);
          }
          process.stdout.write(`${pairs.length} likely duplicates\n`);
        } finally {
          await db.end();
        }
      });
    });
}
