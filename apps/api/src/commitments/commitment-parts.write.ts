import type { CommitmentLinkKind, Prisma } from "@accord/db";
import { assertEndNotBeforeStart, assertPlausibleDate } from "../writes/dates";
import { resolveEach, resolveRefs } from "../writes/references";
import type { Tx } from "../writes/transaction";
import { badInput } from "../writes/validate-input";
import type { CommitmentLinkInput } from "./commitment-write.input";

const isoCurrencies = new Set(Intl.supportedValuesOf("currency"));

/** An amount needs a known ISO 4217 currency, is not negative and fits NUMERIC(24,4); `fields` name them in errors. */
export function checkMoney(
  amount: string | null,
  currency: string | null,
  fields: { amount: string; currency: string } = { amount: "input.amount", currency: "input.currency" },
): void {
  if (amount !== null && currency === null) throw badInput(fields.currency, "is required with an amount");
  if (currency !== null && amount === null) throw badInput(fields.amount, "is required with a currency");
  if (currency !== null && !isoCurrencies.has(currency)) {
    throw badInput(fields.currency, `"${currency}" is not an ISO 4217 currency code`);
  }
  if (amount !== null) checkDecimal(amount, fields.amount);
}

/** A decimal that is not negative and fits NUMERIC(24,4). */
export function checkDecimal(value: string, field: string): void {
  if (value.startsWith("-")) throw badInput(field, `must be zero or more, got ${value}`);
  const [whole = "", fraction = ""] = value.split(".");
  if (fraction.length > 4) throw badInput(field, "has more than 4 decimal places");
  if (whole.replace(/^0+/, "").length > 20) throw badInput(field, "has more than 20 digits before the point");
}

export type CommitmentDates = { periodStart: Date | null; periodEnd: Date | null };

export function checkCommitmentDates(dates: CommitmentDates): void {
  assertPlausibleDate(dates.periodStart, "input.periodStart");
  assertPlausibleDate(dates.periodEnd, "input.periodEnd");
  assertEndNotBeforeStart({
    start: dates.periodStart,
    end: dates.periodEnd,
    field: "input.periodEnd",
    startName: "periodStart",
  });
}

/** Links as rows: the other commitments exist, none is this one, none listed twice. */
export async function resolveLinks(
  tx: Tx,
  links: CommitmentLinkInput[],
  selfId: string | null,
): Promise<{ toId: string; kind: CommitmentLinkKind }[]> {
  const resolved = await resolveEach(
    tx,
    links.map((link, index) => ({
      type: "Commitment" as const,
      globalId: link.toId,
      field: `input.links[${index}].toId`,
      link,
      index,
    })),
  );
  const seen = new Set<string>();
  return resolved.map(({ id: toId, link, index }) => {
    if (toId === selfId) throw badInput(`input.links[${index}].toId`, "a commitment cannot link to itself");
    const key = `${toId}:${link.kind}`;
    if (seen.has(key)) throw badInput(`input.links[${index}].toId`, "the link is listed twice");
    seen.add(key);
    return { toId, kind: link.kind };
  });
}

/** A commitment made in a statement was made in that statement's engagement. */
export async function engagementOfStatement(
  tx: Tx,
  statementId: string,
  engagementId: string | null | undefined,
): Promise<string> {
  const statement = await tx.statement.findUniqueOrThrow({
    where: { id: statementId },
    select: { engagementId: true },
  });
  if (engagementId && engagementId !== statement.engagementId) {
    throw badInput("input.statementId", "the statement belongs to another engagement than input.engagementId");
  }
  return statement.engagementId;
}

export const commitmentSnapshotInclude = {
  linksFrom: { select: { toId: true, kind: true }, orderBy: [{ toId: "asc" }, { kind: "asc" }] },
  coCommitters: { select: { actorId: true }, orderBy: { position: "asc" } },
  items: { where: { stageId: null }, orderBy: { position: "asc" } },
} satisfies Prisma.CommitmentInclude;

export type CommitmentSnapshot = Prisma.CommitmentGetPayload<{ include: typeof commitmentSnapshotInclude }>;

/** Co-committers as rows: each an existing actor, listed once, none the committer itself. */
export async function resolveCoCommitters(
  tx: Tx,
  globalIds: string[],
  committerId: string,
): Promise<{ actorId: string; position: number }[]> {
  const field = (i: number) => `input.coCommitterIds.${i}`;
  const ids = await resolveRefs(
    tx,
    globalIds.map((globalId, i) => ({ type: "Actor" as const, globalId, field: field(i) })),
  );
  ids.forEach((id, i) => {
    if (id === committerId) throw badInput(field(i), "is the committer itself");
    if (ids.indexOf(id) !== i) throw badInput(field(i), "is listed twice");
  });
  return ids.map((actorId, position) => ({ actorId, position }));
}

/** Only a loan is concessional or not. */
export function checkInstrument(instrument: string | null, concessional: boolean | null): void {
  if (concessional !== null && instrument !== "LOAN") {
    throw badInput(
      "input.concessional",
      `applies to a LOAN only, not to ${instrument ?? "a commitment without an instrument"}`,
    );
  }
}
