import { GraphQLError, type ValidationRule } from "graphql";

/**
 * graphql 16 leaves an operation type the schema lacks (subscription here) to execution, which
 * throws an error without a code; graphql 17 has this rule as KnownOperationTypesRule.
 */
export const knownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    context.reportError(new GraphQLError(`This server does not support ${node.operation} operations`, { nodes: node }));
  },
});
