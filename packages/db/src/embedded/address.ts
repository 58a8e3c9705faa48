import { chmod, readFile, rm, writeFile } from "node:fs/promises";
import { isRunning, readLockPid } from "./lock";

/** `<dataDir>.address`: the URL of the embedded database a running process serves from the folder. */
const addressPath = (dataDir: string) => `${dataDir}.address`;

export async function writeAddress(dataDir: string, url: string): Promise<void> {
  // It holds the password: readable by this user only.
  await writeFile(addressPath(dataDir), `${url}\n`, { mode: 0o600 });
  await chmod(addressPath(dataDir), 0o600);
}

/** Removes the address file if it still names `url` (a later start may have replaced it). */
export async function removeAddress(dataDir: string, url: string): Promise<void> {
  const current = await readFile(addressPath(dataDir), "utf8").catch(() => "");
  if (current.trim() === url) await rm(addressPath(dataDir), { force: true });
}

export type RunningEmbedded = { url: string; pid: number };

/**
 * The embedded database another live process (the API) serves from this folder, if any: its lock
 * names a running process and its address file is there. Undefined when nothing serves it.
 */
export async function runningEmbedded(dataDir: string): Promise<RunningEmbedded | undefined> {
  const pid = readLockPid(`${dataDir}.lock`);
  if (pid === undefined || !isRunning(pid)) return undefined;
  const url = (await readFile(addressPath(dataDir), "utf8").catch(() => "")).trim();
  return url ? { url, pid } : undefined;
}
