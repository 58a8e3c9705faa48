import { Prisma } from "@accord/db";
import { AppError } from "../common/errors";
import { decodeId } from "../common/global-id";
import { listJson } from "../compiled-reads/connections";
import { connection, describeType, globalId, reference, rootRead } from "../compiled-reads/describe";
import { matchingOfficesSql, officeNameWords, tenureCoversSql } from "./office.sql";
import { officeTenuresSpec } from "./tenure.nested";

export const officeRead = describeType(
  "Office",
  "office",
  {
    id: globalId("Office"),
    jurisdiction: reference("Actor", "jurisdiction_id"),
    tenures: connection("TenureConnection", "Tenure", () => officeTenuresSpec),
  },
  "Office",
);

export const tenureRead = describeType(
  "Tenure",
  "tenure",
  {
    id: globalId("Tenure"),
    office: reference("Office", "office_id"),
    holder: reference("Actor", "holder_id"),
  },
  "Tenure",
);

/**
 * Who held the matching offices on a day, offices and tenures read by one statement (kept and laned). A name
 * without words is the resolvers' to refuse or to match exactly.
 */
export const officeHoldersRoot = rootRead("officeHolders", async (c, nodes) => {
  const args = c.args("Query", nodes[0]) as { office: string; jurisdiction?: string | null; on: Date };
  const jurisdictionId = args.jurisdiction ? decodeId(args.jurisdiction, "Actor", "jurisdiction") : undefined;
  if (!officeNameWords(args.office).length) {
    throw new AppError("BAD_USER_INPUT", `office: "${args.office}" names no office`, { field: "office" });
  }
  const t = c.alias();
  const rows = Prisma.sql`SELECT ${Prisma.raw(t)}.* FROM tenure ${Prisma.raw(t)}
    JOIN office o ON o.id = ${Prisma.raw(t)}.office_id JOIN actor j ON j.id = o.jurisdiction_id
    WHERE ${Prisma.raw(t)}.office_id IN (${matchingOfficesSql(args.office, jurisdictionId)}) AND ${tenureCoversSql(Prisma.raw(t), args.on)}
    ORDER BY j.name, o.name, ${Prisma.raw(t)}.start_date, ${Prisma.raw(t)}.id`;
  return listJson(c, "Tenure", (alias) => Prisma.sql`(${rows}) ${Prisma.raw(alias)}`, nodes);
});
