import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { readJsonFile } from "./json-array";
import { readLines } from "./lines";
import type { Located, RecordInput } from "./located";

const ndjsonExtensions = [".ndjson", ".jsonl"];

/** The files of a path: the file itself, or a folder's .ndjson/.jsonl/.json files in name order. */
export async function listInputFiles(path: string): Promise<string[]> {
  const info = await stat(path);
  if (info.isFile()) return [path];
  const names = (await readdir(path)).filter((n) => [...ndjsonExtensions, ".json"].some((ext) => n.endsWith(ext)));
  return names.sort().map((name) => join(path, name));
}

async function* readNdjson(file: string): AsyncGenerator<Located> {
  for await (const { line, text } of readLines(file)) {
    if (!text.trim()) continue;
    try {
      yield { file, line, record: JSON.parse(text) };
    } catch (error) {
      yield { file, line, record: undefined, parseError: (error as Error).message };
    }
  }
}

/** Interchange files (NDJSON streamed line by line; .json read whole). */
export async function openInterchangeInput(path: string): Promise<RecordInput> {
  const files = await listInputFiles(path);
  if (!files.length) throw new Error(`${path}: no .ndjson, .jsonl or .json files`);
  return {
    async *read() {
      for (const file of files) yield* file.endsWith(".json") ? readJsonFile(file) : readNdjson(file);
    },
  };
}
