import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** What Accord records beside PGlite's own files in the data folder. */
export type EmbeddedMeta = {
  /** Set once PGlite finished creating the database; a folder without it never completed a first start. */
  createdAt?: string;
  /** Set once the seed ran (or the database already held data), so later starts never seed again. */
  seededAt?: string;
};

export const metaFileName = "accord.json";

export async function readEmbeddedMeta(dataDir: string): Promise<EmbeddedMeta> {
  try {
    return JSON.parse(await readFile(path.join(dataDir, metaFileName), "utf8")) as EmbeddedMeta;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw new Error(`cannot read ${path.join(dataDir, metaFileName)}: ${(error as Error).message}`);
  }
}

export async function updateEmbeddedMeta(dataDir: string, changes: EmbeddedMeta): Promise<EmbeddedMeta> {
  const meta = { ...(await readEmbeddedMeta(dataDir)), ...changes };
  await writeFile(path.join(dataDir, metaFileName), `${JSON.stringify(meta, null, 2)}\n`);
  return meta;
}
