import type { Prisma, PrismaClient } from "@accord/db";
import { toSearchText } from "@accord/domain";
import { AppError } from "../common/errors";
import { decodeId } from "../common/global-id";

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
  const scope: Prisma.OfficeWhereInput = jurisdictionId ? { jurisdictionId } : {};
  const exact = await prisma.office.findMany({
    where: { ...scope, name: { equals: name.trim(), mode: "insensitive" } },
    select: { id: true },
  });
  if (exact.length) return exact.map((office) => office.id);
  const words = toSearchText(name).split(" ").filter(Boolean);
  if (!words.length) throw new AppError("BAD_USER_INPUT", `office: "${name}" names no office`, { field: "office" });
  const byWords = await prisma.office.findMany({
    where: { ...scope, AND: words.map((word) => ({ name: { contains: word, mode: "insensitive" as const } })) },
    select: { id: true },
  });
  return byWords.map((office) => office.id);
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
