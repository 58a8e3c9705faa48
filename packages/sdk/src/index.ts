export type { ResultOf, TypedDocumentNode, VariablesOf } from "@graphql-typed-document-node/core";
export {
  type AccordClient,
  type AccordClientOptions,
  createAccordClient,
  type OperationMethods,
  type OperationName,
  type PageVariables,
  type Paginate,
  type VariablesArgument,
} from "./client";
export { documentHash, documentText } from "./documents";
export { AccordError, type AccordErrorCode, type GraphQLErrorPayload, isAccordError } from "./errors";
// Every operation's TypedDocumentNode, result and variables types, for Apollo Client, urql and friends.
export * from "./gql/graphql";
export { operations } from "./gql/operations";
// Your own queries, typed from the schema: graphql(`query … `) and client.request(document, variables).
export { type FragmentOf, graphql, readFragment } from "./graphql";
export { type ConnectionPage, walkPages } from "./paginate";
