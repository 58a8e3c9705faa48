import type { PrismaClient } from "@accord/db";
import { AppError } from "../common/errors";
import { decodeId } from "../common/global-id";
import { matchingOfficesSql, officeNameWords } from "./office.sql";

export type FindOfficeHoldersOptions = {
  prisma: PrismaClient;
  office: string;
  jurisdiction?: string | null;
  on: Date;
};

const firstOfMonth = (day: Date) => new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1));
const firstOfYear = (day: Date) => new Date(Date.UTC(day.getUTCFullYear(), 0, 1));

/** Offices named exactly so (any case); failing that, those whose name holds every word ("Foreign Minister"). */
export async function matchOffices(prisma: PrismaClient, name: string, jurisdictionId?: string): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT m.id::text AS id
    FROM (${matchingOfficesSql(name, jurisdictionId)}) m ORDER BY m.id`;
  if (!rows.length && !officeNameWords(name).length) {
    throw new AppError("BAD_USER_INPUT", `office: "${name}" names no office`, { field: "office" });
  }
  return rows.map((row) => row.id);
}

/**
 * Tenures of the matching offices that cover the day. Dates are stored as the first day of their period,
 * so an end known only to the month ("2025-06") covers every day of that month; an unknown start is open.
 */
export async function findOfficeHolders({ prisma, office, jurisdiction, on }: FindOfficeHoldersOptions) {
  const jurisdictionId = jurisdiction ? decodeId(jurisdiction, "Actor", "jurisdiction") : undefined;
  const officeIds = await matchOffices(prisma, office, jurisdictionId);
  if (!officeIds.length) return [];
  return prisma.tenure.findMany({
    where: {
      officeId: { in: officeIds },
      OR: [{ startDate: null }, { startDate: { lte: on } }],
      AND: [
        {
          OR: [
            { endDate: null },
            { endPrecision: { in: ["DAY"] }, endDate: { gte: on } },
            { endPrecision: null, endDate: { gte: on } },
            { endPrecision: "MONTH", endDate: { gte: firstOfMonth(on) } },
            { endPrecision: "YEAR", endDate: { gte: firstOfYear(on) } },
          ],
        },
      ],
    },
    orderBy: [
      { office: { jurisdiction: { name: "asc" } } },
      { office: { name: "asc" } },
      { startDate: "asc" },
      { id: "asc" },
    ],
  });
}
