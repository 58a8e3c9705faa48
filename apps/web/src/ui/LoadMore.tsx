import { useEffect, useRef, useState } from "react";
import { describeError } from "../api/client";
import type { PagedList } from "../api/usePagedList";

/** Moves the focus to the item at `index` of the list just before `block`: its first link or button, else itself. */
function focusItem(block: HTMLElement | null, index: number) {
  const items = block?.previousElementSibling?.children;
  // A list that shows fewer items than it loaded (a filter) gets its last one.
  const item = items?.[Math.min(index, items.length - 1)];
  if (!(item instanceof HTMLElement)) return;
  const target = item.querySelector<HTMLElement>("a[href], button") ?? item;
  if (target === item) item.tabIndex = -1;
  target.focus();
}

/**
 * Under a paged list (rendered right after it): how many of how many are shown, and a button for the next
 * page while there is one. When a page arrives, the focus moves to its first item, so reading and tabbing go
 * on where the list grew, and is not lost when the button goes with the last page.
 */
export function LoadMore({ list, noun }: { list: PagedList<unknown>; noun: string }) {
  const block = useRef<HTMLDivElement>(null);
  // How many items were shown when "Load more" was pressed, until the page it asked for arrives.
  const [asked, setAsked] = useState<number | null>(null);
  const shown = list.nodes.length;
  useEffect(() => {
    if (asked === null) return;
    if (shown > asked) focusItem(block.current, asked);
    // Done: the page came, failed, or came empty (the fetch's own state may lag the click by a render).
    if (shown > asked || list.isFetchNextPageError || (!list.hasNextPage && !list.isFetchingNextPage)) setAsked(null);
  }, [asked, shown, list.isFetchNextPageError, list.hasNextPage, list.isFetchingNextPage]);
  const done = !list.hasNextPage && (list.totalCount === null || list.totalCount <= shown);
  if (done && asked === null) return null;
  return (
    <div className="load-more" ref={block}>
      <p className="muted load-more-status" role="status">
        Showing {shown}
        {list.totalCount === null ? "" : ` of ${list.totalCount}`} {noun}
      </p>
      {list.hasNextPage && (
        // aria-disabled, not disabled: a disabled button drops the keyboard focus while the page loads.
        <button
          type="button"
          onClick={() => {
            if (list.isFetchingNextPage) return;
            setAsked(shown);
            list.fetchNextPage();
          }}
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
