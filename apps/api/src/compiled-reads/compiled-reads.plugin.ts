import type { ApolloServerPlugin } from "@apollo/server";
import { HeaderMap } from "@apollo/server";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { declaresEvery } from "../common/per-document";
import type { Context } from "../context";
import { classifyDatabaseFault } from "../faults/database-errors";
import { type CompiledRead, compileRead } from "./compile";
import type { CompileAgain, FastLane } from "./fast-lane";
import { claimsRawData, rawDataOf } from "./raw-data";
import { leftToResolvers, runCompiledAnswer, runCompiledText } from "./run-sql";

export type CompiledReadsOptions = {
  /** Told of each read the compiled path answered, through Apollo or the fast lane (tests count them). */
  onAnswered?: (operationName: string | null, via: "apollo" | "lane") => void;
  /** Told when compiling or running the SQL failed and the resolvers answered instead. */
  onFailed?: (error: unknown) => void;
  /** Where answered anonymous reads are remembered, to answer their repeats before Apollo. */
  lane?: FastLane;
  /** The server's formatError: a database fault is answered as the resolvers' would be (503). */
  formatError?: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
};

/**
 * Answers a read with one SQL statement that builds the JSON itself, as PostGraphile does, instead of
 * a resolver per field and a DataLoader round trip per level. Runs after parsing, validation and the
 * cost limits; a query it does not cover goes on to the resolvers.
 */
export function compiledReadsPlugin(options: CompiledReadsOptions = {}): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let answered: CompiledRead | undefined;
      let compiledFrom: CompileAgain | undefined;
      return {
        async responseForOperation(requestContext) {
          const { operation, document, schema, contextValue } = requestContext;
          // No operation has the requested name (or none was named among several): execution says so.
          if (!operation) return null;
          let data: unknown;
          try {
            compiledFrom = { schema, document, operation, variables: requestContext.request.variables ?? {} };
            const sql = await compileRead({ ...compiledFrom, prisma: contextValue.prisma });
            if (!sql) return null;
            // Over HTTP the bytes go out as they are (a kept answer as it is kept: raw-data.ts);
            // executeOperation's callers get the data as objects.
            data = claimsRawData(contextValue)
              ? rawDataOf(contextValue, await runCompiledAnswer(contextValue.prisma, sql, "", ""))
              : JSON.parse(await runCompiledText(contextValue.prisma, sql));
            answered = sql;
          } catch (error) {
            // The SQL found what only the resolvers may answer (a grouping over its price): no failure.
            if (leftToResolvers(error)) return null;
            options.onFailed?.(error);
            // The database down or too slow: the resolvers would only ask it again.
            if (options.formatError && classifyDatabaseFault(error)) return faultResponse(error, options.formatError);
            return null;
          }
          options.onAnswered?.(requestContext.operationName ?? null, "apollo");
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: "single", singleResult: { data: data as Record<string, unknown> } },
          };
        },
        async willSendResponse({ request, response, contextValue, operationName, operation }) {
          // Only anonymous callers' reads: a token's role may allow what the document alone would not.
          if (!answered || !options.lane || contextValue.viewer || request.http?.headers.get("authorization")) return;
          if (response.body.kind !== "single" || response.body.singleResult.errors || !request.query) return;
          // Unused variables would make every request a new lane key: such requests go through Apollo.
          if (!declaresEvery(operation, request.variables)) return;
          options.lane.remember(
            {
              query: request.query,
              operationName: request.operationName,
              variables: request.variables,
              extensions: request.extensions,
            },
            {
              read: answered,
              operationName: operationName ?? null,
              // SQL holding data read while compiling (a topic filter's subtree) is compiled again for each repeat.
              ...(answered.reusable ? {} : { again: compiledFrom }),
            },
            response.body.singleResult.extensions,
          );
        },
      };
    },
  };
}

/** Plugin answers skip Apollo's error formatting: format here, so it says SERVICE_UNAVAILABLE (503). */
function faultResponse(error: unknown, format: NonNullable<CompiledReadsOptions["formatError"]>) {
  const fault = new GraphQLError("The database did not answer", { originalError: error as Error });
  return {
    http: { status: undefined, headers: new HeaderMap() },
    body: { kind: "single" as const, singleResult: { data: null, errors: [format(fault.toJSON(), fault)] } },
  };
}
