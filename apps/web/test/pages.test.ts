import { nextCursor, nodesOf, totalOf } from "../src/api/pages";

type Page = {
  list: {
    totalCount: number;
    edges: ({ node: string } | null)[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  } | null;
};
const pick = (page: Page) => page.list;
const page = (nodes: string[], hasNextPage: boolean, endCursor: string | null = null): Page => ({
  list: { totalCount: 5, edges: nodes.map((node) => ({ node })), pageInfo: { hasNextPage, endCursor } },
});

describe("a connection's pages as one list", () => {
  it("follows endCursor while hasNextPage, and stops on the last page", () => {
    expect(nextCursor(page(["a", "b"], true, "c2"), pick)).toBe("c2");
    expect(nextCursor(page(["e"], false, "c5"), pick)).toBeUndefined();
    // No cursor to follow: no next page, rather than fetching the first page again.
    expect(nextCursor(page(["a"], true, null), pick)).toBeUndefined();
    expect(nextCursor({ list: null }, pick)).toBeUndefined();
  });

  it("joins the nodes of every page in order, leaving out null edges", () => {
    const pages = [page(["a", "b"], true, "c2"), page(["c", "d"], true, "c4"), page(["e"], false)];
    pages[1]?.list?.edges.push(null);
    expect(nodesOf(pages, pick)).toEqual(["a", "b", "c", "d", "e"]);
    expect(nodesOf([{ list: null }], pick)).toEqual([]);
  });

  it("takes the total from the first page", () => {
    expect(totalOf([page(["a"], true, "c1")], pick)).toBe(5);
    expect(totalOf([], pick)).toBeNull();
    expect(totalOf([{ list: null }], pick)).toBeNull();
  });
});
