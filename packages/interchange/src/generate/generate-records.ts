import type { InterchangeRecord } from "@accord/domain";
import { extraRates, standaloneRecord } from "./commitment-extras";
import { engagementRecord } from "./engagement-record";
import { Random } from "./random";
import { referenceRecords, topicRecords } from "./reference-records";

/**
 * A synthetic data set of `engagements` engagements, the same for the same seed, one record at a time;
 * then commitments of no engagement (one for every 20 engagements).
 */
export function* generateRecords(options: { engagements: number; seed?: number }): Generator<InterchangeRecord> {
  const seed = options.seed ?? 1;
  const rng = new Random(seed);
  // Items, stages and standalone commitments draw from their own stream: the engagements stay as they were.
  const extra = new Random(seed * 7919 + 17);
  yield* topicRecords();
  const { records, cast } = referenceRecords(rng, options.engagements);
  yield* records;
  const recent: string[] = [];
  for (let i = 1; i <= options.engagements; i++) yield engagementRecord(rng, cast, i, recent, extra);
  const standalone = Math.floor(options.engagements * extraRates.standalone);
  for (let n = 1; n <= standalone; n++) yield standaloneRecord(extra, cast, n, recent);
}
