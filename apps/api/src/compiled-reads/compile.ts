import { Prisma, type PrismaClient } from "@accord/db";
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  getVariableValues,
  Kind,
  type OperationDefinitionNode,
} from "graphql";
import { AppError } from "../common/errors";
import { rootFields } from "./root-fields";
import { Compilation } from "./selection";
import { jsonObject, NotCompiled, notCompiled } from "./sql";

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
export async function compileRead(input: CompileInput): Promise<Prisma.Sql | null> {
  if (input.operation.operation !== "query") return null;
  try {
    const coerced = getVariableValues(input.schema, input.operation.variableDefinitions ?? [], input.variables);
    if (coerced.errors) return null;
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of input.document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    const c = new Compilation(input.schema, fragments, coerced.coerced);
    const entries: [string, Prisma.Sql][] = [];
    for (const [key, nodes] of c.fields("Query", [input.operation.selectionSet])) {
      const name = nodes[0]!.name.value;
      if (name === "__typename") {
        entries.push([key, Prisma.raw("'Query'")]);
        continue;
      }
      const compile = rootFields[name] ?? notCompiled(`Query.${name}`);
      entries.push([key, await compile(c, nodes, input.prisma)]);
    }
    return Prisma.sql`SELECT ${jsonObject(entries)}::text AS data`;
  } catch (error) {
    // Anything the resolvers would refuse (bad IDs, cursors, filters) is theirs to explain.
    if (error instanceof NotCompiled || error instanceof AppError) return null;
    throw error;
  }
}
