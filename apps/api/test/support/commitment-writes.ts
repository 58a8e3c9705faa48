import { toGlobalId as gid } from "../../src/common/global-id";
import {
  CommitmentGroupBy,
  rollupDrift,
  sorted,
  stageRollupDrift,
  stageTotalsInJavaScript,
  totalsInJavaScript,
  totalsRows,
} from "./commitment-totals-check";
import type { TestServer } from "./test-server";

const dbId = (globalId: string) => Buffer.from(globalId, "base64url").toString("utf8").split(":")[1]!;

/** Commitment writes through the API as an editor, and totals read back after checking the summary tables. */
export function commitmentWrites(t: TestServer, auth: { editor: Record<string, string> }) {
  async function mutate<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>): Promise<T> {
    const result = await t.gql<Record<string, T>>(query, variables, auth.editor);
    expect(result.errors).toBeUndefined();
    return Object.values(result.data!)[0]!;
  }

  async function newCommitter(name: string): Promise<string> {
    return gid("Actor", (await t.db.prisma.actor.create({ data: { kind: "STATE", name } })).id);
  }

  async function create(committerId: string, input: Record<string, unknown>): Promise<string> {
    const query = "mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }";
    const base = { committerId, kind: "FINANCIAL", description: "Aid", status: "PLEDGED" };
    return (await mutate<{ id: string }>(query, { input: { ...base, ...input } })).id;
  }

  async function update(id: string, changes: Record<string, unknown>): Promise<void> {
    const { version } = await t.db.prisma.commitment.findUniqueOrThrow({ where: { id: dbId(id) } });
    const query = "mutation($input: UpdateCommitmentInput!) { updateCommitment(input: $input) { id } }";
    await mutate(query, { input: { id, version, ...changes } });
  }

  async function addStage(commitmentId: string, input: Record<string, unknown>): Promise<void> {
    const { version } = await t.db.prisma.commitment.findUniqueOrThrow({ where: { id: dbId(commitmentId) } });
    const query = "mutation($input: AddCommitmentStageInput!) { addCommitmentStage(input: $input) { id } }";
    await mutate(query, { input: { commitmentId, version, ...input } });
  }

  /** The committer's USD total through the API, after checking the summary tables against a JavaScript count. */
  async function totalOf(committerId: string, step: string): Promise<string | null> {
    const p = t.db.prisma;
    expect({ step, drift: await rollupDrift(p) }).toEqual({ step, drift: [] });
    const { rows } = await totalsRows(p, [{}, []], true);
    expect({ step, rows: sorted(rows) }).toEqual({ step, rows: await totalsInJavaScript(p, [{}, []]) });
    const query = `query($ids: [ID!]) { commitmentTotals(filter: { committers: $ids }, groupBy: [COMMITTER]) { currency total } }`;
    const result = await t.gql<{ commitmentTotals: { currency: string; total: string }[] }>(query, {
      ids: [committerId],
    });
    expect(result.errors).toBeUndefined();
    return result.data!.commitmentTotals.find((row) => row.currency === "USD")?.total ?? null;
  }

  /** The committer's USD totals by stage through the API, after checking all stage totals against a JavaScript count. */
  async function stageTotalsOf(committerId: string, step: string): Promise<Record<string, string>> {
    expect({ step, drift: await stageRollupDrift(t.db.prisma) }).toEqual({ step, drift: [] });
    const { rows } = await totalsRows(t.db.prisma, [{}, [CommitmentGroupBy.STAGE]]);
    expect({ step, rows: sorted(rows) }).toEqual({ step, rows: await stageTotalsInJavaScript(t.db.prisma) });
    const query = `query($ids: [ID!]) { commitmentTotals(filter: { committers: $ids }, groupBy: [STAGE]) { stage currency total } }`;
    const result = await t.gql<{ commitmentTotals: { stage: string; currency: string; total: string }[] }>(query, {
      ids: [committerId],
    });
    expect(result.errors).toBeUndefined();
    return Object.fromEntries(result.data!.commitmentTotals.map((row) => [`${row.stage} ${row.currency}`, row.total]));
  }

  return { mutate, newCommitter, create, update, addStage, totalOf, stageTotalsOf };
}

/** The writes that build a package of 1 billion in two parts, restated, with 250 million disbursed. */
export const packageSteps = ["whole's amount", "part 400", "part 600", "restatement", "disbursement"] as const;
export type PackageStep = (typeof packageSteps)[number];

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/**
 * Every order of the four structural writes (24), the disbursement in each of the five places in turn, recorded
 * on the whole at odd orders and on a part at even ones.
 */
export function everyPackageOrder(): { order: PackageStep[]; onWhole: boolean }[] {
  const structure = packageSteps.filter((step) => step !== "disbursement");
  return permutations(structure).map((writes, i) => ({
    order: [...writes.slice(0, i % 5), "disbursement" as const, ...writes.slice(i % 5)],
    onWhole: i % 2 === 1,
  }));
}

/** The five rotations of the writes: each write once in each place, the disbursement on the whole and on a part. */
export function packageRotations(): { order: PackageStep[]; onWhole: boolean }[] {
  return packageSteps.map((_, i) => ({
    order: [...packageSteps.slice(i), ...packageSteps.slice(0, i)],
    onWhole: i % 2 === 1,
  }));
}

/** Builds the package in the given order and checks it counts 1 billion pledged and 250 million disbursed once. */
export async function checkPackageInOrder(
  w: ReturnType<typeof commitmentWrites>,
  order: PackageStep[],
  onWhole: boolean,
): Promise<void> {
  const who = await w.newCommitter(`stages ${order.join(", ")} ${onWhole ? "on the whole" : "on a part"}`);
  const whole = await w.create(who, { description: "Package" });
  const p400 = await w.create(who, { amount: "400000000", currency: "USD" });
  const p600 = await w.create(who, { amount: "600000000", currency: "USD" });
  const restated = await w.create(who, { amount: "1000000000", currency: "USD" });
  const write: Record<PackageStep, () => Promise<void>> = {
    "whole's amount": () => w.update(whole, { amount: "1000000000", currency: "USD" }),
    "part 400": () => w.update(p400, { links: [{ kind: "PART_OF", toId: whole }] }),
    "part 600": () => w.update(p600, { links: [{ kind: "PART_OF", toId: whole }] }),
    restatement: () => w.update(restated, { links: [{ kind: "RESTATES", toId: whole }] }),
    disbursement: () => w.addStage(onWhole ? whole : p400, { kind: "DISBURSED", amount: "250000000", currency: "USD" }),
  };
  for (const step of order) await write[step]();
  expect({ order, totals: await w.stageTotalsOf(who, order.join(" → ")) }).toEqual({
    order,
    totals: { "DISBURSED USD": "250000000", "PLEDGED USD": "1000000000" },
  });
  expect({ order, total: await w.totalOf(who, order.join(" → ")) }).toEqual({ order, total: "1000000000" });
}
