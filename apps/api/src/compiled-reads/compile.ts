import { Prisma, type PrismaClient } from "@accord/db";
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  getVariableValues,
  Kind,
  type OperationDefinitionNode,
} from "graphql";
import { stringBytes } from "../common/bounded-cache";
import { AppError } from "../common/errors";
import { operationKey, PerDocumentCache } from "../common/per-document";
import { planningOnly } from "../common/planning-client";
import { withLiteralShape } from "./literal-limits";
import { reads } from "./reads";
import { Compilation } from "./selection";
import { NotCompiled, notCompiled } from "./sql";
import { isStreamed, type Streamed } from "./streamed";

export type CompileInput = {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
  prisma: PrismaClient;
};

/**
 * The whole `data` of a read as one SQL statement returning JSON text, or null when the query asks
 * for something this path does not cover (it then runs through the resolvers, which give the same answer).
 */
export async function compileRead(input: CompileInput): Promise<CompiledRead | null> {
  if (input.operation.operation !== "query") return null;
  const key = operationKey(input.operation, input.variables);
  const remembered = compilations.find(input.document, key);
  if (remembered) return remembered.value;
  const compiled = await compileAnew(input);
  // A query whose SQL depends on data read while compiling (topic subtrees) is compiled each time.
  if (compiled === null || compiled.reusable) compilations.set(input.document, key, compiled);
  return compiled;
}

/**
 * The SQL text and parameters of one compiled read: rows (r, t) whose texts, joined in order, are the
 * JSON of root field r, named keys[r]. `reusable` is false when the SQL embeds data read while
 * compiling (a topic filter's subtree), so it must not outlive the request. `compact` when the texts
 * have no whitespace between tokens, as Apollo writes JSON: they go out as they are.
 */
export type CompiledRead = {
  text: string;
  values: unknown[];
  keys: string[];
  reusable: boolean;
  compact: boolean;
  /** Every root field is an analytics answer: cached while the data version is the same (answer-cache.ts). */
  versioned?: boolean;
};

// PostgreSQL's JSON functions that put spaces between tokens (`{"a" : 1, "b" : 2}`, jsonb's `{"a": 1}`).
const spacedJson = /json_build|json_agg|json_object|jsonb|row_to_json/i;

/** Bytes a compiled read holds (its SQL and parameters), for the byte-bounded caches. */
export const compiledReadBytes = (read: CompiledRead | null): number =>
  read ? stringBytes(read.text) + read.values.reduce<number>((sum, value) => sum + valueBytes(value), 0) : 16;

const valueBytes = (value: unknown) => (typeof value === "string" ? stringBytes(value) : 16);

const compilations = new PerDocumentCache<CompiledRead | null>(compiledReadBytes);

async function compileAnew(input: CompileInput): Promise<CompiledRead | null> {
  try {
    const coerced = getVariableValues(input.schema, input.operation.variableDefinitions ?? [], input.variables);
    if (coerced.errors) return null;
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of input.document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    const c = new Compilation(input.schema, fragments, coerced.coerced, reads);
    const entries: [string, Prisma.Sql | Streamed][] = [];
    let versioned = true;
    for (const [key, nodes] of c.fields("Query", [input.operation.selectionSet])) {
      const name = nodes[0].name.value;
      if (name === "__typename") {
        entries.push([key, Prisma.raw(`'"Query"'`)]);
        continue;
      }
      const root = reads.roots.get(name) ?? notCompiled(`Query.${name}`);
      versioned &&= root.versioned === true;
      entries.push([key, await root.compile(c, nodes, markingReads(input.prisma, c))]);
    }
    const sql = withLiteralShape(statementOf(entries.map(([, value]) => value)));
    const compact = c.compact && !spacedJson.test(sql.text);
    const keys = entries.map(([key]) => key);
    return {
      text: sql.text,
      values: sql.values,
      keys,
      reusable: c.cacheable,
      compact,
      versioned: versioned && keys.length > 0,
    };
  } catch (error) {
    // Anything the resolvers would refuse (bad IDs, cursors, filters) is theirs to explain.
    if (error instanceof NotCompiled || error instanceof AppError) return null;
    throw error;
  }
}

/**
 * The client as root reads see it: any use of it (an analytics topic filter's subtree) marks the SQL
 * not reusable, so no root field has to declare which of its arguments read while compiling. Statistics
 * that only choose a plan are read through `planningClient` (common/planning-client.ts), which does not mark.
 */
function markingReads(prisma: PrismaClient, c: Compilation): PrismaClient {
  return new Proxy(prisma, {
    get(target, property) {
      if (property === planningOnly) return target;
      c.cacheable = false;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/**
 * The rows (r, t) of the root fields' JSON, joined into `data` in Node: wrapping them in one more
 * json_build_object copied the whole answer again in PostgreSQL.
 */
function statementOf(roots: (Prisma.Sql | Streamed)[]): Prisma.Sql {
  const [only] = roots;
  // One plain root field (a record by ID) is one row: no union to sort.
  if (roots.length === 1 && only && !isStreamed(only)) return Prisma.sql`SELECT 0 AS r, (${only})::text AS t`;
  if (!roots.length) return Prisma.sql`SELECT 0 AS r, NULL::text AS t WHERE false`;
  const rows = roots.map((value, i) => {
    const r = Prisma.raw(String(i));
    return isStreamed(value)
      ? Prisma.sql`SELECT ${r} AS r, p.o, p.rn, p.t FROM ${value.parts} p`
      : Prisma.sql`SELECT ${r} AS r, 0 AS o, 0::bigint AS rn, (${value})::text AS t`;
  });
  return Prisma.sql`SELECT s.r, s.t FROM (${Prisma.join(rows, " UNION ALL ")}) s ORDER BY s.r, s.o, s.rn`;
}
