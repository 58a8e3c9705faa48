import { AccordError } from "./errors";

/** The part of a Relay connection the walker needs: select `edges { node }` and `pageInfo { hasNextPage endCursor }`. */
export type ConnectionPage<TNode> = {
  edges: ReadonlyArray<{ node: TNode } | null | undefined>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
};

export type WalkPagesOptions<TData, TNode> = {
  /** Fetches one page after the cursor (undefined for the first page). */
  fetchPage(after: string | undefined): Promise<TData>;
  /** Picks the connection out of a page's data; null or undefined ends the walk. */
  pick(data: TData): ConnectionPage<TNode> | null | undefined;
};

/** Yields every node of a connection, one page request at a time, following `endCursor`. */
export async function* walkPages<TData, TNode>(options: WalkPagesOptions<TData, TNode>): AsyncGenerator<TNode, void> {
  let after: string | undefined;
  for (;;) {
    const connection = options.pick(await options.fetchPage(after));
    if (!connection) return;
    if (!connection.pageInfo) {
      throw new AccordError("paginate: the operation must select pageInfo { hasNextPage endCursor }", {
        code: "BAD_USER_INPUT",
      });
    }
    for (const edge of connection.edges) if (edge) yield edge.node;
    const { hasNextPage, endCursor } = connection.pageInfo;
    if (!hasNextPage) return;
    // A server that repeats a cursor would make the walk endless.
    if (!endCursor || endCursor === after) {
      throw new AccordError(`paginate: the server returned no new endCursor after ${after ?? "the first page"}`, {
        code: "INTERNAL_SERVER_ERROR",
      });
    }
    after = endCursor;
  }
}
