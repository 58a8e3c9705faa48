import type { TypedDocumentNode } from "@accord/sdk";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { request } from "./client";
import { nextCursor, nodesOf, type Pick, totalOf } from "./pages";

/** What a paged list shows: its nodes so far, the total, and a way to fetch the next page. */
export type PagedList<TNode> = {
  what: string;
  nodes: TNode[];
  totalCount: number | null;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  fetchNextPage: () => void;
};

/**
 * A connection one page at a time, through the SDK: the first page loads at once, each further page when
 * asked (`fetchNextPage`), after the last page's endCursor; `what` names the list in errors.
 */
export function usePagedList<TData, TVariables extends { after?: string | null }, TNode>(
  what: string,
  document: TypedDocumentNode<TData, TVariables>,
  variables: Omit<TVariables, "after">,
  pick: Pick<TData, TNode>,
  options: { enabled?: boolean; keepPrevious?: boolean } = {},
): PagedList<TNode> {
  const query = useInfiniteQuery({
    queryKey: [what, variables],
    queryFn: ({ pageParam }) => request(document, { ...variables, after: pageParam } as TVariables),
    initialPageParam: null as string | null,
    getNextPageParam: (page: TData) => nextCursor(page, pick),
    enabled: options.enabled ?? true,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
  });
  const pages = query.data?.pages ?? [];
  return {
    what,
    nodes: nodesOf(pages, pick),
    totalCount: totalOf(pages, pick),
    isPending: query.isPending,
    // A failed next page leaves the pages already shown; only a failed first page replaces the list.
    isError: query.isError && !query.isFetchNextPageError,
    error: query.error,
    hasNextPage: query.hasNextPage,
    isFetchingNextPage: query.isFetchingNextPage,
    isFetchNextPageError: query.isFetchNextPageError,
    fetchNextPage: () => void query.fetchNextPage(),
  };
}
