import { createAccordClient, isAccordError, type TypedDocumentNode } from "@accord/sdk";
import { keepPreviousData, useQuery } from "@tanstack/react-query";

/** The explorer's one way to the API: the SDK, on the origin that served the page. */
export const accord = createAccordClient({ url: "/graphql" });

/** Runs a typed document with its variables (the SDK's request, with the variables always passed). */
export function request<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  return (accord.request as (d: TypedDocumentNode<TData, TVariables>, v: TVariables) => Promise<TData>)(
    document,
    variables,
  );
}

/** A query through TanStack Query, keyed by the operation and its variables; `what` names it in errors. */
export function useAccordQuery<TData, TVariables>(
  what: string,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  options: { enabled?: boolean; keepPrevious?: boolean } = {},
) {
  const query = useQuery({
    queryKey: [what, variables],
    queryFn: () => request(document, variables),
    enabled: options.enabled ?? true,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
  });
  return { ...query, what };
}

/** What failed, in words a reader can act on: the server's message and code, or the network failure. */
export function describeError(what: string, error: unknown): string {
  if (isAccordError(error)) return `Could not load ${what}: ${error.message} (${error.code})`;
  return `Could not load ${what}: ${error instanceof Error ? error.message : String(error)}`;
}
