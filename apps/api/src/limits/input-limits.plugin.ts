import type { ApolloServerPlugin } from "@apollo/server";
import { type GraphQLSchema, getVariableValues, Kind, TypeInfo, visit, visitWithTypeInfo } from "graphql";
import { getArgumentValues } from "graphql/execution/values";
import { InputLimits } from "./input-limits";

/**
 * Refuses, before anything runs, any argument (literal or variable) holding a string or a list over
 * its bound (limits/input-limits.ts): search text, filters, ID lists and write inputs alike.
 */
export function inputLimitsPlugin({ schema }: { schema: GraphQLSchema }): ApolloServerPlugin {
  const limits = new InputLimits();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) return;
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          // Bad variables are refused by execution with graphql's own message.
          if (coerced.errors) return;
          const typeInfo = new TypeInfo(schema);
          const visitor = visitWithTypeInfo(typeInfo, {
            Field(node) {
              const field = typeInfo.getFieldDef();
              if (!field || !node.arguments?.length) return;
              let values: Record<string, unknown>;
              try {
                values = getArgumentValues(field, node, coerced.coerced);
              } catch {
                return; // a fragment of another operation missing this one's variables: not executed here
              }
              limits.check(field.name, field.args, values);
            },
          });
          for (const definition of document.definitions) {
            if (definition === operation || definition.kind === Kind.FRAGMENT_DEFINITION) visit(definition, visitor);
          }
        },
      };
    },
  };
}
