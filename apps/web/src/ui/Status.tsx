import type { ReactNode } from "react";
import { describeError } from "../api/client";

type QueryState = { isPending: boolean; isError: boolean; error: unknown; what: string };

/** Loading and error states for one query: a polite spinner while loading, an alert naming what failed. */
export function QueryStatus({ query, children }: { query: QueryState; children: () => ReactNode }) {
  if (query.isError) {
    return (
      <p role="alert" className="error">
        {describeError(query.what, query.error)}
      </p>
    );
  }
  if (query.isPending) {
    return (
      <p role="status" className="loading">
        Loading {query.what}…
      </p>
    );
  }
  return <>{children()}</>;
}
