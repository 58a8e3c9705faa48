import type { PrismaClient } from "@accord/db";
import { byIdLoader } from "../common/loader-factories";
import { windowConnectionLoader } from "../common/window-connection";
import { officeTenuresSpec } from "./tenure.nested";

/** Offices and tenures, batched per request. */
export function createOfficeLoaders(prisma: PrismaClient) {
  const tenure = byIdLoader((ids) => prisma.tenure.findMany({ where: { id: { in: ids } } }));
  return {
    office: byIdLoader((ids) => prisma.office.findMany({ where: { id: { in: ids } } })),
    tenure,
    officeTenures: windowConnectionLoader(prisma, officeTenuresSpec, tenure),
  };
}
