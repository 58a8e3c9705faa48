import { type GraphQLError, type GraphQLFormattedError, Lexer, Source, TokenKind } from "graphql";
import { queryTooComplex } from "./limit-error";

const tooManyTokens = /Document contains more th(?:an|at) (\d+) tokens/;

/** Counts a document's tokens as graphql's parser does (punctuators, names, values); stops at `cap`. */
export function countTokens(body: string, cap = 1_000_000): number {
  const lexer = new Lexer(new Source(body));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF && count < cap) count += 1;
  } catch {
    // A lexing error past the limit: the count so far is still a lower bound.
  }
  return count;
}

/** graphql's parse stops at maxTokens; this says how many the document really had. */
export function describeTokenLimit(
  formatted: GraphQLFormattedError,
  error: GraphQLError | undefined,
): GraphQLFormattedError | undefined {
  const match = tooManyTokens.exec(formatted.message);
  if (!match) return undefined;
  const max = Number(match[1]);
  const body = error?.source?.body;
  const actual = body === undefined ? max + 1 : countTokens(body);
  return {
    message: `the document has ${actual} tokens, over the limit of ${max}`,
    extensions: { code: queryTooComplex, limit: "tokens", actual, max },
  };
}
