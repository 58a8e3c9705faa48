// What the generator adds to commitments from a random stream of its own, so the engagements a seed made
// before stay the same: items given in kind, stages written out with their own citations, and
// commitments of no engagement.
import {
  type CommitmentRecord,
  type CommitmentStatus,
  type StageRecord,
  type StandaloneCommitmentRecord,
  stagesFromHistory,
} from "@accord/domain";
import { citation, commitment } from "./engagement-record";
import { pad, type Random } from "./random";
import type { Cast } from "./reference-records";

/** Rates of the additions: a commitment in kind, with its stages written out; standalone per engagement. */
export const extraRates = { inKind: 0.12, stages: 0.25, standalone: 0.05 };

const goods = [
  { description: "Armoured vehicles", unit: "vehicles" },
  { description: "Generators", unit: "units" },
  { description: "Medical kits", unit: "kits" },
  { description: "Artillery rounds", unit: "rounds" },
  { description: "Training courses", unit: "courses" },
];
const methods = ["AS_REPORTED", "MARKET_PRICE", "REPLACEMENT_COST", "BOOK_VALUE", "ANALYST_ESTIMATE"];

/** One generated commitment, perhaps in kind (items, valued when it has money) and with its stages cited. */
export function withExtras(extra: Random, cast: Cast, c: CommitmentRecord): CommitmentRecord {
  const out: CommitmentRecord = { ...c };
  if (extra.chance(extraRates.inKind)) {
    out.instrument = "IN_KIND";
    out.items = extra.sample(goods, extra.int(1, 2)).map((g) => ({
      ...g,
      quantity: String(extra.int(1, 500)),
      ...(c.amount && c.currency
        ? {
            estimatedValue: String(Math.floor(Number(c.amount) / 2)),
            currency: c.currency,
            valuationMethod: extra.pick(methods),
          }
        : {}),
    }));
  }
  if (extra.chance(extraRates.stages)) {
    const history = (c.history ?? []).map((h) => ({ ...h, status: h.status as CommitmentStatus }));
    out.stages = stagesFromHistory({ ...c, status: c.status as CommitmentStatus }, history).map((s, k): StageRecord => {
      const stage: StageRecord = { kind: s.kind, citations: [citation(extra, cast, k)] };
      if (s.amount && s.currency) Object.assign(stage, { amount: s.amount, currency: s.currency });
      if (s.amountAsReported) stage.amountAsReported = s.amountAsReported;
      if (s.occurredOn) stage.occurredOn = s.occurredOn;
      if (s.note) stage.note = s.note;
      return stage;
    });
  }
  return out;
}

/** Commitment n of no engagement, made in a year, between two states, following an earlier one at times. */
export function standaloneRecord(extra: Random, cast: Cast, n: number, previous: string[]): StandaloneCommitmentRecord {
  const key = `S${pad(n, 7)}`;
  const {
    id: _id,
    statement: _statement,
    ...c
  } = withExtras(extra, cast, commitment(extra, cast, key, 0, extra.sample(cast.people, 2), previous));
  return {
    ...c,
    type: "commitment",
    id: { scheme: "gen-commitment", value: `${key}-0` },
    madeOn: `${extra.int(1990, 2025)}`,
  };
}
