import type { Prisma } from "@accord/db";
import { AppError } from "../common/errors";
import { toGlobalId } from "../common/global-id";
import { assertEndNotBeforeStart, assertPlausibleDate } from "../writes/dates";
import type { Tx } from "../writes/transaction";
import { badInput } from "../writes/validate-input";
import type { ActorAliasInput, ActorIdentifierInput } from "./actor-write.input";

export type AliasRow = { name: string; language: string | null; validFrom: Date | null; validTo: Date | null };
export type IdentifierRow = { scheme: string; value: string };

export const aliasKey = (alias: { name: string; language: string | null }) =>
  `${alias.name}\u0000${alias.language ?? ""}`;

/** An actor's validity (a state's existence): plausible days, the end not before the start. */
export function checkValidity(validFrom: Date | null, validTo: Date | null) {
  assertPlausibleDate(validFrom, "input.validFrom");
  assertPlausibleDate(validTo, "input.validTo");
  assertEndNotBeforeStart({ start: validFrom, end: validTo, field: "input.validTo", startName: "validFrom" });
  return { validFrom, validTo };
}

/** Aliases as rows: trimmed, no duplicates, valid periods. */
export function checkAliases(aliases: ActorAliasInput[], field: string): AliasRow[] {
  const seen = new Set<string>();
  return aliases.map((alias, index) => {
    const row = {
      name: alias.name.trim(),
      language: alias.language ?? null,
      validFrom: alias.validFrom ?? null,
      validTo: alias.validTo ?? null,
    };
    if (!row.name) throw badInput(`${field}[${index}].name`, "must not be blank");
    if (seen.has(aliasKey(row))) {
      throw badInput(`${field}[${index}].name`, `"${row.name}" is listed twice for the same language`);
    }
    seen.add(aliasKey(row));
    assertEndNotBeforeStart({
      start: row.validFrom,
      end: row.validTo,
      field: `${field}[${index}].validTo`,
      startName: "validFrom",
    });
    return row;
  });
}

/** Identifiers as rows: no duplicates, and none that already belongs to another actor. */
export async function checkIdentifiers(
  tx: Tx,
  identifiers: ActorIdentifierInput[],
  actorId: string | null,
  field: string,
): Promise<IdentifierRow[]> {
  const rows = identifiers.map((identifier) => ({ scheme: identifier.scheme, value: identifier.value.trim() }));
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const key = `${row.scheme}:${row.value}`;
    if (seen.has(key)) throw badInput(`${field}[${index}].value`, `${key} is listed twice`);
    seen.add(key);
  });
  if (rows.length === 0) return rows;
  const taken = await tx.actorIdentifier.findMany({
    where: { OR: rows, ...(actorId ? { NOT: { actorId } } : {}) },
    include: { actor: { select: { name: true } } },
  });
  for (const clash of taken) {
    const index = rows.findIndex((row) => row.scheme === clash.scheme && row.value === clash.value);
    throw new AppError(
      "CONFLICT",
      `${field}[${index}].value: ${clash.scheme}:${clash.value} already identifies ${clash.actor.name} (${toGlobalId("Actor", clash.actorId)})`,
      { field: `${field}[${index}].value` },
    );
  }
  return rows;
}

/** A body cannot be its own ancestor: walks up from the new parent. */
export async function assertNoParentCycle(tx: Tx, actorId: string, parentId: string, field: string): Promise<void> {
  let current: string | null = parentId;
  for (let depth = 0; current && depth < 100; depth++) {
    if (current === actorId) throw badInput(field, "would make the actor a body of itself");
    const row: { parentId: string | null } | null = await tx.actor.findUnique({
      where: { id: current },
      select: { parentId: true },
    });
    current = row?.parentId ?? null;
  }
}

const snapshotInclude = {
  aliases: {
    select: { name: true, language: true, validFrom: true, validTo: true },
    orderBy: [{ name: "asc" }, { language: "asc" }],
  },
  identifiers: { select: { scheme: true, value: true }, orderBy: [{ scheme: "asc" }, { value: "asc" }] },
} satisfies Prisma.ActorInclude;

export type ActorSnapshot = Prisma.ActorGetPayload<{ include: typeof snapshotInclude }>;

/** The actor with its aliases and identifiers, as the audit log records it. */
export function loadActorSnapshot(tx: Tx, id: string): Promise<ActorSnapshot | null> {
  return tx.actor.findUnique({ where: { id }, include: snapshotInclude });
}
