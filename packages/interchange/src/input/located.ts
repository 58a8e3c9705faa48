import type { ExternalId } from "@accord/domain";
import type { Problem } from "../problems";
import type { Skip } from "../skips";
import type { BulkDb } from "../write/bulk-db";

/** One record of the input and where it came from; parseError when the text is not JSON. */
export type Located = { file: string; line: number; record: unknown; parseError?: string };

/** An input that can be read more than once (the importer reads it in passes). */
export type RecordInput = {
  /** Called once before the first read: a reader that resolves its records against the database reads it here. */
  prepare?(db: BulkDb): Promise<void>;
  read(): AsyncIterable<Located>;
  /**
   * Called once before the actors are written (not in a dry run): identifiers the reader takes from the actors
   * holding them, to give them to others; the importer forgets them. It, the actors' writes and settle run in
   * one transaction, so a failure between them leaves the identifiers where they were.
   */
  release?(db: BulkDb): Promise<ExternalId[]>;
  /** Called once the actors are written, in release's transaction: what the released identifiers were written for follows them. */
  settle?(db: BulkDb): Promise<string[]>;
  /** Problems the reader itself found (an adapter's duplicates, unknown codes …), known after a first read. */
  readerProblems?(): Promise<Problem[]>;
  /** Files and records the reader left out, with the reason for each, known after a first read. */
  skipped?(): Promise<Skip[]>;
  /**
   * Called once after everything is written: facts that join this input's rows to rows other inputs wrote
   * (whichever came first), so the order of imports does not change the result. Returns what it did, in words.
   */
  finish?(db: BulkDb): Promise<string[]>;
};
