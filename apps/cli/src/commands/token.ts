import { createApiToken, createPrismaClient, listApiTokens, type Role, revokeApiToken } from "@accord/db";
import type { Command } from "commander";
import { withDatabaseUrl } from "../database";

const roles: Record<string, Role> = { reader: "READER", editor: "EDITOR", admin: "ADMIN" };

function roleOf(value: string): Role {
  const role = roles[value.toLowerCase()];
  if (!role) throw new Error(`--role must be one of ${Object.keys(roles).join(", ")}, got "${value}"`);
  return role;
}

async function withPrisma<T>(run: (prisma: ReturnType<typeof createPrismaClient>) => Promise<T>): Promise<T> {
  return withDatabaseUrl(async (databaseUrl) => {
    const prisma = createPrismaClient({ databaseUrl, maxConnections: 1 });
    try {
      return await run(prisma);
    } finally {
      await prisma.$disconnect();
    }
  });
}

const day = (date: Date | null) => (date ? date.toISOString().replace("T", " ").slice(0, 19) : "-");

export function registerTokenCommands(program: Command): void {
  const token = program.command("token").description("Create, list and revoke API tokens.");

  token
    .command("create")
    .description("Create a token and print its secret once (only its hash is stored).")
    .requiredOption("--name <label>", "who or what uses the token")
    .requiredOption("--role <role>", "reader, editor or admin")
    .action(async (options: { name: string; role: string }) => {
      const role = roleOf(options.role);
      await withPrisma(async (prisma) => {
        const { token: created, secret } = await createApiToken({ db: prisma, name: options.name, role });
        console.log(`Created token "${created.name}" (${created.role.toLowerCase()}), id ${created.id}`);
        console.log(secret);
        console.log("Keep it now: it is not shown again. Send it as 'Authorization: Bearer <token>'.");
      });
    });

  token
    .command("list")
    .description("List tokens (never their secrets).")
    .option("--json", "print JSON")
    .action(async (options: { json?: boolean }) => {
      await withPrisma(async (prisma) => {
        const tokens = await listApiTokens({ db: prisma });
        if (options.json) {
          console.log(JSON.stringify(tokens, null, 2));
          return;
        }
        if (tokens.length === 0) {
          console.log("no tokens");
          return;
        }
        for (const t of tokens) {
          const status = t.revokedAt ? `revoked ${day(t.revokedAt)}` : "active";
          console.log(
            [
              t.id,
              t.name,
              t.role.toLowerCase(),
              `created ${day(t.createdAt)}`,
              `last used ${day(t.lastUsedAt)}`,
              status,
            ].join("\t"),
          );
        }
      });
    });

  token
    .command("revoke <idOrName>")
    .description("Revoke a token by ID or by the name of an active token.")
    .action(async (idOrName: string) => {
      await withPrisma(async (prisma) => {
        const revoked = await revokeApiToken({ db: prisma, idOrName });
        console.log(`Revoked token "${revoked.name}" (${revoked.id})`);
      });
    });
}
