import { readFile } from "node:fs/promises";
import type { Located } from "./located";

/** Line where each top-level element of a JSON array starts, so problems can name it. */
function elementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n") line++;
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === "{" || ch === "[") {
      if (depth === 1) lines.push(line);
      depth++;
    } else if (ch === "}" || ch === "]") depth--;
  }
  return lines;
}

/** A .json file: one record or an array of records. Read whole: meant for small hand-written files. */
export async function* readJsonFile(file: string): AsyncGenerator<Located> {
  const text = await readFile(file, "utf8");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    yield { file, line: 1, record: undefined, parseError: (error as Error).message };
    return;
  }
  if (!Array.isArray(value)) {
    yield { file, line: 1, record: value };
    return;
  }
  const lines = elementLines(text);
  for (const [index, record] of value.entries()) yield { file, line: lines[index] ?? 1, record };
}
