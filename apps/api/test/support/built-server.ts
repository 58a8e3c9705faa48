import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { freePort } from "./second-postgres";

export type BuiltServer = {
  process: ChildProcess;
  url: string;
  base: string;
  output(): string;
  /** Resolves with the exit code (null if killed by a signal). */
  exited: Promise<number | null>;
};

const mainJs = path.join(__dirname, "../../dist/main.js");

/** The Node flags of `pnpm start` (the same as the image's, deployment.test checks), so tests run the API as it runs. */
export function apiNodeFlags(): string[] {
  const { scripts } = JSON.parse(readFileSync(path.join(__dirname, "../../package.json"), "utf8")) as {
    scripts: { start: string };
  };
  return scripts.start.split(/\s+/).filter((arg) => arg.startsWith("--"));
}

/**
 * Spawns the built server (`node apps/api/dist/main.js`) and waits until it answers (a first start on
 * the embedded database creates, migrates and seeds it: give it longer).
 */
export async function spawnBuiltServer(env: NodeJS.ProcessEnv, readyWithinMs = 30_000): Promise<BuiltServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [...apiNodeFlags(), mainJs], {
    env: { PATH: process.env.PATH, PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyWithinMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output}`);
    const ok = await fetch(`${base}/graphql?query=%7B__typename%7D`, { headers: { "apollo-require-preflight": "1" } })
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline)
      throw new Error(`the server did not answer within ${readyWithinMs / 1000} s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { process: child, url: `${base}/graphql`, base, output: () => output, exited };
}
