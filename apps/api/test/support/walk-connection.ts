import type { TestServer } from "./test-server";

type Page<N> = {
  edges: { node: N }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
};

export type WalkOptions = {
  /** Declares $first, $after, $last and $before (and any of `variables`); selects edges { node } and pageInfo's four fields. */
  query: string;
  /** The root field the query pages through. */
  field: string;
  direction: "forward" | "backward";
  size: number;
  variables?: Record<string, unknown>;
};

/**
 * Every node of a root connection, `size` at a time, as a client pages: forward with first/after, or backward with
 * last/before (each page put before the ones read so far, so both come back in the list's order).
 */
export async function walkConnection<N>(t: TestServer, options: WalkOptions): Promise<N[]> {
  const { query, field, direction, size, variables } = options;
  const nodes: N[] = [];
  let cursor: string | undefined;
  for (;;) {
    const bounds = direction === "forward" ? { first: size, after: cursor } : { last: size, before: cursor };
    const result = await t.gql<Record<string, Page<N>>>(query, { ...variables, ...bounds });
    expect(result.errors).toBeUndefined();
    const page = result.data![field]!;
    const found = page.edges.map((edge) => edge.node);
    if (direction === "forward") {
      nodes.push(...found);
      if (!page.pageInfo.hasNextPage) return nodes;
      cursor = page.pageInfo.endCursor;
    } else {
      nodes.unshift(...found);
      if (!page.pageInfo.hasPreviousPage) return nodes;
      cursor = page.pageInfo.startCursor;
    }
  }
}
