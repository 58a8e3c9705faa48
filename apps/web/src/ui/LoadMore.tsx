import { describeError } from "../api/client";
import type { PagedList } from "../api/usePagedList";

/** Under a paged list: how many of how many are shown, and a button for the next page while there is one. */
export function LoadMore({ list, noun }: { list: PagedList<unknown>; noun: string }) {
  const shown = list.nodes.length;
  if (!list.hasNextPage && (list.totalCount === null || list.totalCount <= shown)) return null;
  return (
    <div className="load-more">
      <p className="muted load-more-status" role="status">
        Showing {shown}
        {list.totalCount === null ? "" : ` of ${list.totalCount}`} {noun}
      </p>
      {list.hasNextPage && (
        // aria-disabled, not disabled: a disabled button drops the keyboard focus while the page loads.
        <button
          type="button"
          onClick={() => list.isFetchingNextPage || list.fetchNextPage()}
          aria-disabled={list.isFetchingNextPage}
        >
          {list.isFetchingNextPage ? `Loading more ${noun}…` : `Load more ${noun}`}
        </button>
      )}
      {list.isFetchNextPageError && (
        <p role="alert" className="error">
          {describeError(`more ${noun}`, list.error)}
        </p>
      )}
    </div>
  );
}
