/**
 * Fields the compiled path leaves to the resolvers, each with the reason. The schema walk
 * (compiled-reads-schema.test.ts) fails for any other field without a read description, and for an
 * entry here that has one. Meant to shrink to the fields that must not be compiled.
 */
export const resolverOnly: Record<string, string> = {
  // Authorization: only an ADMIN token may read the audit log; the compiled path checks no roles.
  "Query.auditLog": "@Authorized(ADMIN): answered only where the rule runs",
};
