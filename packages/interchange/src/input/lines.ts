import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

/** The lines of a file, one at a time, numbered from 1: a big file is never held whole. */
export async function* readLines(file: string): AsyncGenerator<{ line: number; text: string }> {
  const lines = createInterface({
    input: createReadStream(file, { encoding: "utf8" }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    yield { line, text };
  }
}
