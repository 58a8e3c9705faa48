import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type GraphQLSchema } from "graphql";
import {
  type ComplexityEstimator,
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
} from "graphql-query-complexity";
import { maxPageSize, pageRequest } from "../common/paginate";
import { operationKey, PerDocumentCache } from "../common/per-document";
import { limitError } from "./limit-error";

/** Most fields a document may expand to (fragments spread many times) before cost is even summed. */
const maxQueryNodes = 20_000;

/**
 * A connection costs its page size times what one edge asks for, as GitHub counts nodes; the page
 * arguments are checked here, with paginate's own error, so that a bad page is refused before SQL.
 */
const connectionEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const names = new Set(field.args.map((arg) => arg.name));
  if (!names.has("first") || !names.has("last")) return undefined;
  const { size } = pageRequest({ first: args.first, last: args.last, after: args.after, before: args.before });
  return 1 + childComplexity * Math.min(size, maxPageSize);
};

/** A field taking a list of IDs (nodes(ids:)) costs one fetch per ID. */
const idListEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  if (!Array.isArray(args.ids)) return undefined;
  return 1 + childComplexity * args.ids.length;
};

export const costEstimators: ComplexityEstimator[] = [
  fieldExtensionsEstimator(),
  connectionEstimator,
  idListEstimator,
  simpleEstimator({ defaultComplexity: 1 }),
];

export type CostOptions = { schema: GraphQLSchema; maxCost: number };

/** What an operation costs; errors that are not the caller's (bad variables) are left to execution. */
export function measureCost(options: CostOptions & Parameters<typeof getComplexity>[0]): number | undefined {
  try {
    return getComplexity({ ...options, maxQueryNodes });
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions?.code) throw error;
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) {
      throw limitError(
        "cost",
        `the query expands to more than ${maxQueryNodes} fields, beyond any cost limit of ${options.maxCost}`,
        maxQueryNodes,
        options.maxCost,
      );
    }
    return undefined;
  }
}

// A repeated query with the same variables costs the same: measured once per document and variables.
const costs = new PerDocumentCache<number | undefined>();

/** Refuses operations over the cost budget before execution and reports the cost of the others. */
export function costPlugin({ schema, maxCost }: CostOptions): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let cost: number | undefined;
      return {
        async didResolveOperation({ request, document }) {
          const variables = request.variables ?? {};
          const key = operationKey(request.operationName, variables);
          try {
            cost = costs.has(document, key)
              ? costs.get(document, key)
              : measureCost({
                  schema,
                  maxCost,
                  estimators: costEstimators,
                  query: document,
                  variables,
                  operationName: request.operationName ?? undefined,
                });
            costs.set(document, key, cost);
          } catch (error) {
            // Refused before execution: the caller's request is at fault, so 400 and not 500.
            const refusal = error as GraphQLError;
            throw new GraphQLError(refusal.message, {
              extensions: { ...refusal.extensions, http: { status: 400 } },
              originalError: refusal,
            });
          }
          if (cost !== undefined && cost > maxCost) {
            throw limitError("cost", `query cost ${cost} exceeds the limit of ${maxCost}`, cost, maxCost);
          }
        },
        async willSendResponse({ response }) {
          // Only operations that ran (by resolvers or compiled SQL) report a cost; refused ones carry no data.
          if (cost === undefined || response.body.kind !== "single") return;
          const result = response.body.singleResult;
          if (!("data" in result)) return;
          result.extensions = { ...result.extensions, cost: { requested: cost, max: maxCost } };
        },
      };
    },
  };
}
