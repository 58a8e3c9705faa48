import type { PrismaClient } from "@accord/db";
import { byIdLoader } from "../common/loader-factories";
import { nestedConnectionLoader } from "../common/nested-connection";
import { officeTenuresSpec } from "./tenure.nested";

/** Offices and tenures, batched per request. */
export function createOfficeLoaders(prisma: PrismaClient) {
  return {
    office: byIdLoader((ids) => prisma.office.findMany({ where: { id: { in: ids } } })),
    tenure: byIdLoader((ids) => prisma.tenure.findMany({ where: { id: { in: ids } } })),
    officeTenures: nestedConnectionLoader(prisma, officeTenuresSpec),
  };
}
