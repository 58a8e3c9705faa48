import type { Problem } from "../problems";
import type { Skip } from "../skips";

/** One record of the input and where it came from; parseError when the text is not JSON. */
export type Located = { file: string; line: number; record: unknown; parseError?: string };

/** An input that can be read more than once (the importer reads it in passes). */
export type RecordInput = {
  read(): AsyncIterable<Located>;
  /** Problems the reader itself found (an adapter's duplicates, unknown codes …), known after a first read. */
  readerProblems?(): Promise<Problem[]>;
  /** Files and records the reader left out, with the reason for each, known after a first read. */
  skipped?(): Promise<Skip[]>;
};
