import { Prisma } from "@accord/db";
import { rootRead } from "../compiled-reads/describe";
import { rowJson } from "../compiled-reads/objects";
import { subSelections } from "../compiled-reads/selection";
import { notCompiled } from "../compiled-reads/sql";
import { fromGlobalId, uuidPattern } from "./global-id";

export const nodeRoot = rootRead("node", async (c, nodes) => {
  const { id } = c.args("Query", nodes[0]!) as { id: string };
  let decoded: { type: string; id: string };
  try {
    decoded = fromGlobalId(id);
  } catch {
    return Prisma.sql`NULL::json`;
  }
  if (!c.reads.types.get(decoded.type)?.table) notCompiled(`node of type ${decoded.type}`);
  // The resolvers look up anything of 36 hex digits and dashes (and fail on what is no uuid); the rest is null.
  if (!/^[0-9a-f-]{36}$/i.test(decoded.id)) return Prisma.sql`NULL::json`;
  if (!uuidPattern.test(decoded.id)) notCompiled("an id the resolvers would look up");
  return rowJson(c, decoded.type, Prisma.sql`${decoded.id}::uuid`, subSelections(nodes));
});
