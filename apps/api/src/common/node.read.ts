import { Prisma } from "@accord/db";
import { isInterfaceType, isObjectType } from "graphql";
import { rootRead } from "../compiled-reads/describe";
import { rowJson } from "../compiled-reads/objects";
import { type Compilation, type FieldNodes, subSelections } from "../compiled-reads/selection";
import { notCompiled } from "../compiled-reads/sql";
import { fromGlobalId, uuidPattern } from "./global-id";

/** The record a global ID names as JSON text, null when there is none (as the node resolver answers it). */
function nodeJson(c: Compilation, id: string, nodes: FieldNodes): Prisma.Sql {
  let decoded: { type: string; id: string };
  try {
    decoded = fromGlobalId(id);
  } catch {
    return Prisma.sql`NULL::text`;
  }
  // Only Node types answer to an ID (an ActorAlias has a table but no ID); other names are null.
  const type = c.schema.getType(decoded.type);
  const node = c.schema.getType("Node");
  if (!isObjectType(type) || !isInterfaceType(node) || !c.schema.isSubType(node, type)) return Prisma.sql`NULL::text`;
  if (!c.reads.types.get(decoded.type)?.table) notCompiled(`node of type ${decoded.type}`);
  // The resolvers look up anything of 36 hex digits and dashes (and fail on what is no uuid); the rest is null.
  if (!/^[0-9a-f-]{36}$/i.test(decoded.id)) return Prisma.sql`NULL::text`;
  if (!uuidPattern.test(decoded.id)) notCompiled("an id the resolvers would look up");
  return rowJson(c, decoded.type, Prisma.sql`${decoded.id}::uuid`, subSelections(nodes));
}

export const nodeRoot = rootRead("node", async (c, nodes) => {
  const { id } = c.args("Query", nodes[0]) as { id: string };
  return nodeJson(c, id, nodes);
});

/** Records by global IDs in the same order, null where there is none. */
export const nodesRoot = rootRead("nodes", async (c, nodes) => {
  const { ids } = c.args("Query", nodes[0]) as { ids: string[] };
  if (ids.length > 100) notCompiled("more than 100 ids");
  if (!ids.length) return Prisma.sql`'[]'`;
  const elements = ids.map((id) => Prisma.sql`coalesce(${nodeJson(c, id, nodes)}, 'null')`);
  return Prisma.sql`('[' || ${Prisma.join(elements, " || ',' || ")} || ']')`;
});
