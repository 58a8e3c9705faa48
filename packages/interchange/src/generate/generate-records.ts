import type { InterchangeRecord } from "@accord/domain";
import { engagementRecord } from "./engagement-record";
import { Random } from "./random";
import { referenceRecords, topicRecords } from "./reference-records";

/** A synthetic data set of `engagements` engagements, the same for the same seed, one record at a time. */
export function* generateRecords(options: { engagements: number; seed?: number }): Generator<InterchangeRecord> {
  const rng = new Random(options.seed ?? 1);
  yield* topicRecords();
  const { records, cast } = referenceRecords(rng, options.engagements);
  yield* records;
  const recent: string[] = [];
  for (let i = 1; i <= options.engagements; i++) yield engagementRecord(rng, cast, i, recent);
}
