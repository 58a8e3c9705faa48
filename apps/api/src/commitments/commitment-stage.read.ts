import { Prisma } from "@accord/db";
import { custom, describeType, globalId, list, reference } from "../compiled-reads/describe";
import { rowJson } from "../compiled-reads/objects";
import { subSelections } from "../compiled-reads/selection";
import { citationsOf } from "../sources/citation.read";
import { itemsOf } from "./commitment-item.read";
import { convertedOf } from "./converted-money.read";
import { moneyOfRow } from "./money.read";

/** An actor of the stage's own (`key`), else the commitment's (`fallback`), as the resolvers choose. */
const stageParty = (key: string, fallback: string) =>
  custom((c, row, nodes) =>
    rowJson(
      c,
      "Actor",
      Prisma.raw(`coalesce(${row}.${key}, (SELECT ${fallback} FROM commitment WHERE id = ${row}.commitment_id))`),
      subSelections(nodes),
    ),
  );

/** A stage as its row gives it; provider and receiver default to the commitment's committer and beneficiary. */
export const commitmentStageRead = describeType(
  "CommitmentStage",
  "commitment_stage",
  {
    id: globalId("CommitmentStage"),
    money: moneyOfRow,
    converted: convertedOf("CommitmentStage"),
    commitment: reference("Commitment", "commitment_id"),
    provider: stageParty("provider_id", "committer_id"),
    receiver: stageParty("receiver_id", "beneficiary_id"),
    items: itemsOf((row) => `stage_id = ${row}.id`),
    citations: citationsOf("commitment_stage_id"),
  },
  "CommitmentStage",
);

/** A commitment's stages in order. */
export const stagesOf = list(
  "CommitmentStage",
  (row) => `SELECT s.* FROM commitment_stage s WHERE s.commitment_id = ${row}.id ORDER BY s.position`,
);
