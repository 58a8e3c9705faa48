/** One HTTP request of a benchmark query (GraphQL POSTs for the GraphQL servers, GETs for the floor). */
export type BenchRequest = { method: "GET" | "POST"; path: string; body?: string };
/** A query a server cannot express, with the reason shown in place of its figures. */
export type Unsupported = { unsupported: string };
/** What a server is sent for one query: its requests in turn (one, or one per rotated record), or why not. */
export type Workload = { requests: BenchRequest[] } | Unsupported;
