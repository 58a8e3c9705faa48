import { Arg, Authorized, Ctx, Int, ObjectType, Query, Resolver } from "type-graphql";
import { ConnectionType } from "../common/connection.type";
import type { Context } from "../context";
import { validateInput } from "../writes/validate-input";
import { AuditLogFilter } from "./audit.args";
import { findAuditEntries } from "./audit.service";
import { AuditEntry } from "./audit.type";

@ObjectType("AuditEntryConnection")
export class AuditEntryConnection extends ConnectionType(AuditEntry, "AuditEntry", "audit entry") {}

@Resolver()
export class AuditResolver {
  @Authorized("ADMIN")
  @Query(() => AuditEntryConnection, { description: "Every write, newest first (admin tokens only)." })
  auditLog(
    @Arg("filter", () => AuditLogFilter, { nullable: true, validateFn: validateInput("filter") })
    filter: AuditLogFilter | null,
    @Arg("first", () => Int, { nullable: true, description: "At most 100 entries." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor: entries older than this one." })
    after: string | null,
    @Ctx() { prisma }: Context,
  ) {
    return findAuditEntries({ prisma, filter, first, after });
  }
}
