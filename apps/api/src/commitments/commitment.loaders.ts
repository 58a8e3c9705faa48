import type { PrismaClient } from "@accord/db";
import { required } from "@accord/domain";
import DataLoader from "dataloader";
import { batchOptions, byIdLoader, groupLoader } from "../common/loader-factories";
import { type WindowListSpec, windowConnectionLoader } from "../common/window-connection";
import type { CommitmentLink } from "./commitment-link.type";
import { convertedLoader } from "./converted-money.read";
import { LinkDirection } from "./link-direction";

const byDate = "c.made_on DESC NULLS LAST, c.id DESC";

/** Commitments under one parent column (c.engagement_id, c.committer_id …), newest first. */
export const commitmentsSpec = (parent: string): WindowListSpec => ({
  from: "commitment c",
  id: "c.id",
  parent,
  order: byDate,
});

/**
 * Commitments an actor makes, alone or jointly: each commitment once per party (committer and
 * co-committers) as `c.party`, so an actor's list holds its joint commitments too.
 */
export const commitmentsMadeSpec: WindowListSpec = {
  from: `(SELECT c.*, c.committer_id AS party FROM commitment c
    UNION ALL SELECT c.*, cc.actor_id FROM commitment_co_committer cc JOIN commitment c ON c.id = cc.commitment_id) c`,
  id: "c.id",
  parent: "c.party",
  order: byDate,
};

/** Commitments, their history and links, batched per request. */
export function createCommitmentLoaders(prisma: PrismaClient) {
  const commitment = byIdLoader((ids) => prisma.commitment.findMany({ where: { id: { in: ids } } }));
  const nested = (parent: string) => windowConnectionLoader(prisma, commitmentsSpec(parent), commitment);
  return {
    commitment,
    commitmentsByEngagement: nested("c.engagement_id"),
    commitmentsByCommitter: windowConnectionLoader(prisma, commitmentsMadeSpec, commitment),
    commitmentsByBeneficiary: nested("c.beneficiary_id"),
    commitmentsByStatement: groupLoader(
      (ids) =>
        prisma.commitment.findMany({
          where: { statementId: { in: ids } },
          orderBy: [{ madeOn: { sort: "desc", nulls: "last" } }, { id: "desc" }],
        }),
      (row) => required(row.statementId, `the statement of commitment ${row.id}`),
    ),
    commitmentStatusChange: byIdLoader((ids) => prisma.commitmentStatusChange.findMany({ where: { id: { in: ids } } })),
    historyByCommitment: groupLoader(
      (ids) =>
        prisma.commitmentStatusChange.findMany({
          where: { commitmentId: { in: ids } },
          orderBy: [{ recordedAt: "asc" }, { id: "asc" }],
        }),
      (row) => row.commitmentId,
    ),
    coCommittersByCommitment: groupLoader(
      (ids) =>
        prisma.commitmentCoCommitter.findMany({ where: { commitmentId: { in: ids } }, orderBy: { position: "asc" } }),
      (row) => row.commitmentId,
    ),
    // converted(currency:), keyed by `${id} ${currency}`.
    convertedCommitment: convertedLoader(prisma, "Commitment"),
    convertedStage: convertedLoader(prisma, "CommitmentStage"),
    commitmentStage: byIdLoader((ids) => prisma.commitmentStage.findMany({ where: { id: { in: ids } } })),
    // The commitment's own items (on no stage), and each stage's.
    itemsByCommitment: groupLoader(
      (ids) =>
        prisma.commitmentItem.findMany({
          where: { commitmentId: { in: ids }, stageId: null },
          orderBy: [{ position: "asc" }, { id: "asc" }],
        }),
      (row) => row.commitmentId,
    ),
    itemsByStage: groupLoader(
      (ids) =>
        prisma.commitmentItem.findMany({
          where: { stageId: { in: ids } },
          orderBy: [{ position: "asc" }, { id: "asc" }],
        }),
      (row) => required(row.stageId, `the stage of item ${row.id}`),
    ),
    stagesByCommitment: groupLoader(
      (ids) => prisma.commitmentStage.findMany({ where: { commitmentId: { in: ids } }, orderBy: { position: "asc" } }),
      (row) => row.commitmentId,
    ),
    linksByCommitment: new DataLoader<string, CommitmentLink[]>(async (ids) => {
      const keys = [...ids];
      const rows = await prisma.commitmentLink.findMany({
        where: { OR: [{ fromId: { in: keys } }, { toId: { in: keys } }] },
        orderBy: [{ kind: "asc" }, { fromId: "asc" }, { toId: "asc" }],
      });
      const links = new Map<string, CommitmentLink[]>(keys.map((id) => [id, []]));
      for (const row of rows) {
        links.get(row.fromId)?.push({ kind: row.kind, direction: LinkDirection.OUTGOING, otherId: row.toId });
        links.get(row.toId)?.push({ kind: row.kind, direction: LinkDirection.INCOMING, otherId: row.fromId });
      }
      return keys.map((id) => links.get(id) ?? []);
    }, batchOptions),
  };
}
