// The pages of a Relay connection as one list: the nodes so far, the cursor of the next page, the total.
import type { ConnectionPage } from "@accord/sdk";

/** A connection as the explorer selects it: edges, pageInfo and, when the type has it, totalCount. */
export type PickedConnection<TNode> = ConnectionPage<TNode> & { totalCount?: number };

export type Pick<TData, TNode> = (data: TData) => PickedConnection<TNode> | null | undefined;

/** The cursor to fetch after this page, or undefined when it was the last (TanStack's "no next page"). */
export function nextCursor<TData, TNode>(page: TData, pick: Pick<TData, TNode>): string | undefined {
  const connection = pick(page);
  if (!connection?.pageInfo.hasNextPage) return undefined;
  return connection.pageInfo.endCursor ?? undefined;
}

/** Every node of the pages fetched so far, in the server's order. */
export function nodesOf<TData, TNode>(pages: readonly TData[], pick: Pick<TData, TNode>): TNode[] {
  return pages.flatMap((page) => (pick(page)?.edges ?? []).flatMap((edge) => (edge ? [edge.node] : [])));
}

/** The connection's totalCount, from its first page (null when the page or the count is missing). */
export function totalOf<TData, TNode>(pages: readonly TData[], pick: Pick<TData, TNode>): number | null {
  const first = pages[0];
  return first === undefined ? null : (pick(first)?.totalCount ?? null);
}
