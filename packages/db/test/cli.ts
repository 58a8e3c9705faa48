import { execFile } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrationsDir } from "../src/migrate/migrations";

const cliPath = path.resolve(__dirname, "../../../apps/cli/dist/main.js");

export type CliRun = { code: number; stdout: string; stderr: string; milliseconds: number };

/** Runs the built accord CLI as a user would, with DATABASE_URL and any extra environment. */
export function runCli(args: string[], env: Record<string, string>): Promise<CliRun> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cliPath, ...args],
      { env: { ...process.env, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, stdout, stderr, milliseconds: Date.now() - started });
      },
    );
  });
}

/** A throwaway copy of prisma/migrations, so tests never write into the real folder. */
export async function copyMigrations(): Promise<{ dir: string; remove(): Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), "accord-migrations-"));
  const dir = path.join(root, "migrations");
  await cp(migrationsDir, dir, { recursive: true });
  return { dir, remove: () => rm(root, { recursive: true, force: true }) };
}
