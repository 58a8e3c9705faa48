// The totals' types are type-graphql classes, whose decorators need the metadata polyfill loaded first.
import "reflect-metadata";
import { Prisma, type PrismaClient } from "@accord/db";
import type { CommitmentCriteria } from "../../src/commitments/commitment.criteria";
import { commitmentSource } from "../../src/commitments/commitment-rollup.sql";
import { commitmentTotalsSql } from "../../src/commitments/commitment-totals.service";
import { CommitmentGroupBy } from "../../src/commitments/commitment-totals.type";

export type TotalsShape = [CommitmentCriteria, CommitmentGroupBy[]];
type Row = Record<string, unknown>;

export { CommitmentGroupBy };

const counted = `FROM commitment c WHERE amount IS NOT NULL AND c.id NOT IN (SELECT accord_commitment_uncounted())`;

/**
 * Rows of the summary tables (commitment_rollup, commitment_rollup_committer) that differ from the same
 * sums taken from the commitment table now (none when exact).
 */
export async function rollupDrift(prisma: PrismaClient): Promise<Row[]> {
  const direct = `SELECT 'status' AS grain, currency, committer_id::text, status::text, sum(amount)::text AS total, count(*)::int AS count
    ${counted} GROUP BY 2, 3, 4
    UNION ALL SELECT 'committer', currency, committer_id::text, NULL, sum(amount)::text, count(*)::int ${counted} GROUP BY 2, 3`;
  const rollups = `SELECT 'status' AS grain, currency, committer_id::text, status::text, total::text, count FROM commitment_rollup
    UNION ALL SELECT 'committer', currency, committer_id::text, NULL, total::text, count FROM commitment_rollup_committer`;
  return prisma.$queryRawUnsafe<Row[]>(
    `SELECT 'not in rollup' AS drift, * FROM ((${direct}) EXCEPT (${rollups})) a
     UNION ALL SELECT 'only in rollup', * FROM ((${rollups}) EXCEPT (${direct})) b`,
  );
}

/**
 * Rows of commitment_stage_rollup that differ from the same sums taken from the stages now (none when
 * exact): stage amounts per (committer, currency, stage kind) less the uncounted stages.
 */
export async function stageRollupDrift(prisma: PrismaClient): Promise<Row[]> {
  const direct = `SELECT c.committer_id::text, s.currency, s.kind::text AS stage, sum(s.amount)::text AS total,
      count(DISTINCT c.id)::int AS count
    FROM commitment_stage s JOIN commitment c ON c.id = s.commitment_id
    WHERE s.amount IS NOT NULL
      AND NOT EXISTS (SELECT FROM accord_commitment_stage_uncounted() u WHERE u.commitment_id = c.id AND u.kind = s.kind)
    GROUP BY 1, 2, 3`;
  const rollup = "SELECT committer_id::text, currency, stage::text, total::text, count FROM commitment_stage_rollup";
  return prisma.$queryRawUnsafe<Row[]>(
    `SELECT 'not in rollup' AS drift, * FROM ((${direct}) EXCEPT (${rollup})) a
     UNION ALL SELECT 'only in rollup', * FROM ((${rollup}) EXCEPT (${direct})) b`,
  );
}

/** The summary table a shape should read: per committer when neither its groups nor its filters need the status. */
export function expectedSummary([criteria, groupBy]: TotalsShape): string {
  const byCommitter = !criteria.statuses && groupBy.every((key) => key !== CommitmentGroupBy.STATUS);
  return byCommitter ? "commitment_rollup_committer" : "commitment_rollup";
}

/** Whether a shape's groups are the summary table's own rows (read as they are, with no GROUP BY). */
export function summaryRowsAsIs(shape: TotalsShape): boolean {
  const groups = new Set([CommitmentGroupBy.CURRENCY, ...shape[1]]);
  const held = expectedSummary(shape) === "commitment_rollup" ? 3 : 2;
  return groups.size === held && groups.has(CommitmentGroupBy.COMMITTER);
}

/** The SQL commitmentTotals runs for a shape, and its rows. */
export async function totalsRows(prisma: PrismaClient, [criteria, groupBy]: TotalsShape, direct = false) {
  const { sql } = commitmentTotalsSql(criteria, groupBy, direct ? commitmentSource : undefined);
  return { text: sql.sql, rows: await prisma.$queryRaw<Row[]>(sql) };
}

/**
 * The commitments totals leave out, worked out in JavaScript from every link: superseded ones, ones that
 * restate another, and parts (at any depth) of a whole that carries an amount.
 */
export async function uncountedInJavaScript(prisma: PrismaClient): Promise<Set<string>> {
  const links = await prisma.commitmentLink.findMany();
  const withAmount = (await prisma.commitment.findMany({ where: { amount: { not: null } }, select: { id: true } })).map(
    (c) => c.id,
  );
  return uncountedOf(links, withAmount);
}

type LinkRow = Awaited<ReturnType<PrismaClient["commitmentLink"]["findMany"]>>[number];

function uncountedOf(links: LinkRow[], withAmount: string[]): Set<string> {
  const uncounted = new Set<string>();
  for (const link of links) {
    if (link.kind === "SUPERSEDES") uncounted.add(link.toId);
    if (link.kind === "RESTATES") uncounted.add(link.fromId);
  }
  const partsOf = (id: string) => links.filter((l) => l.kind === "PART_OF" && l.toId === id).map((l) => l.fromId);
  const covered = new Set<string>();
  const cover = (id: string) => {
    for (const part of partsOf(id)) {
      if (covered.has(part)) continue;
      covered.add(part);
      cover(part);
    }
  };
  for (const whole of withAmount) cover(whole);
  for (const id of covered) uncounted.add(id);
  return uncounted;
}

/**
 * Totals by stage kind and currency worked out in JavaScript: a stage's amount counts unless its commitment
 * is superseded or restates another, or a whole above it (PART_OF, any depth) has an amount at that kind.
 */
export async function stageTotalsInJavaScript(prisma: PrismaClient): Promise<Row[]> {
  const links = await prisma.commitmentLink.findMany();
  const stages = await prisma.commitmentStage.findMany({ where: { amount: { not: null } } });
  const excluded = new Set(
    links.flatMap((l) => (l.kind === "SUPERSEDES" ? [l.toId] : l.kind === "RESTATES" ? [l.fromId] : [])),
  );
  const wholesOf = (id: string) => links.filter((l) => l.kind === "PART_OF" && l.fromId === id).map((l) => l.toId);
  const hasAmountAt = new Set(stages.map((s) => `${s.commitmentId}|${s.kind}`));
  const coveredAt = (id: string, kind: string, seen = new Set<string>()): boolean =>
    wholesOf(id).some((whole) => {
      if (seen.has(whole)) return false;
      seen.add(whole);
      return hasAmountAt.has(`${whole}|${kind}`) || coveredAt(whole, kind, seen);
    });
  const groups = new Map<string, { stage: string; currency: string; total: Prisma.Decimal; ids: Set<string> }>();
  for (const s of stages) {
    if (excluded.has(s.commitmentId) || coveredAt(s.commitmentId, s.kind)) continue;
    const key = `${s.kind}|${s.currency}`;
    const group = groups.get(key) ?? {
      stage: s.kind,
      currency: s.currency!,
      total: new Prisma.Decimal(0),
      ids: new Set(),
    };
    group.ids.add(s.commitmentId);
    groups.set(key, { ...group, total: group.total.plus(s.amount!) });
  }
  return sorted(
    [...groups.values()].map((g) => ({
      currency: g.currency,
      stage: g.stage,
      total: g.total.toFixed(),
      count: g.ids.size,
    })),
  );
}

/**
 * commitmentTotals worked out in JavaScript from every commitment and link: an answer that shares no SQL
 * with the service. Rows sorted by their JSON, as `sorted` sorts the service's.
 */
export async function totalsInJavaScript(prisma: PrismaClient, shape: TotalsShape): Promise<Row[]> {
  return (await commitmentsInJavaScript(prisma))(shape);
}

/**
 * The commitments and links read once, for totals of many shapes over the same rows: one read of the tables
 * instead of one per shape.
 */
export async function commitmentsInJavaScript(prisma: PrismaClient): Promise<(shape: TotalsShape) => Row[]> {
  const links = await prisma.commitmentLink.findMany();
  const withAmount = await prisma.commitment.findMany({ where: { amount: { not: null } } });
  const uncounted = uncountedOf(
    links,
    withAmount.map((c) => c.id),
  );
  return ([criteria, groupBy]) => {
    const groups = new Map<string, { key: Row; total: Prisma.Decimal; count: number }>();
    for (const c of withAmount) {
      if (uncounted.has(c.id) || !matches(c, criteria)) continue;
      const key: Row = { currency: c.currency };
      if (groupBy.includes(CommitmentGroupBy.COMMITTER)) key.committerId = c.committerId;
      if (groupBy.includes(CommitmentGroupBy.BENEFICIARY)) key.beneficiaryId = c.beneficiaryId;
      if (groupBy.includes(CommitmentGroupBy.STATUS)) key.status = c.status;
      if (groupBy.includes(CommitmentGroupBy.KIND)) key.kind = c.kind;
      if (groupBy.includes(CommitmentGroupBy.YEAR)) key.year = c.madeOn?.getUTCFullYear() ?? null;
      const group = groups.get(JSON.stringify(key)) ?? { key, total: new Prisma.Decimal(0), count: 0 };
      groups.set(JSON.stringify(key), { key, total: group.total.plus(c.amount!), count: group.count + 1 });
    }
    return sorted([...groups.values()].map(({ key, total, count }) => ({ ...key, total: total.toFixed(), count })));
  };
}

type CommitmentRow = Awaited<ReturnType<PrismaClient["commitment"]["findMany"]>>[number];

function matches(c: CommitmentRow, criteria: CommitmentCriteria): boolean {
  const amount = c.amount!;
  return (
    (!criteria.committerIds || criteria.committerIds.includes(c.committerId)) &&
    (!criteria.beneficiaryIds || criteria.beneficiaryIds.includes(c.beneficiaryId ?? "")) &&
    (!criteria.kinds || criteria.kinds.includes(c.kind)) &&
    (!criteria.statuses || criteria.statuses.includes(c.status)) &&
    (!criteria.currency || criteria.currency === c.currency) &&
    (!criteria.minAmount || amount.gte(criteria.minAmount)) &&
    (!criteria.maxAmount || amount.lte(criteria.maxAmount))
  );
}

/** Rows in one order whatever their source: by their keys' JSON. */
export function sorted(rows: Row[]): Row[] {
  const json = (row: Row) => JSON.stringify(Object.entries(row).sort(([a], [b]) => a.localeCompare(b)));
  return [...rows].sort((a, b) => json(a).localeCompare(json(b)));
}
