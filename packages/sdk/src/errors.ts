/** One error as the server reports it (GraphQL over HTTP). */
export type GraphQLErrorPayload = {
  message: string;
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  extensions?: { code?: string; [key: string]: unknown };
};

/** The server's `extensions.code` values, plus the client's own NETWORK_ERROR and HTTP_ERROR. */
export type AccordErrorCode =
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "CONFLICT"
  | "WRITE_CONFLICT"
  | "SERVICE_UNAVAILABLE"
  | "INTERNAL_SERVER_ERROR"
  | "GRAPHQL_PARSE_FAILED"
  | "GRAPHQL_VALIDATION_FAILED"
  | "PERSISTED_QUERY_NOT_FOUND"
  | "PERSISTED_QUERY_NOT_ALLOWED"
  | "NETWORK_ERROR"
  | "HTTP_ERROR"
  | (string & {});

export type AccordErrorOptions = {
  code: AccordErrorCode;
  errors?: GraphQLErrorPayload[];
  status?: number;
  data?: unknown;
  cause?: unknown;
};

/** What every failed SDK call throws: the first error's message and `extensions.code`, and all the errors. */
export class AccordError extends Error {
  readonly code: AccordErrorCode;
  /** Every error the server returned, in order. */
  readonly errors: GraphQLErrorPayload[];
  /** The HTTP status, when a response arrived. */
  readonly status: number | undefined;
  /** Partial data the server returned beside the errors, if any. */
  readonly data: unknown;

  constructor(message: string, options: AccordErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AccordError";
    this.code = options.code;
    this.errors = options.errors ?? [];
    this.status = options.status;
    this.data = options.data;
  }

  /** The input field the server names for a BAD_USER_INPUT error (e.g. "first"). */
  get field(): string | undefined {
    const field = this.errors[0]?.extensions?.field;
    return typeof field === "string" ? field : undefined;
  }

  static fromErrors(errors: GraphQLErrorPayload[], status: number, data: unknown): AccordError {
    const first = errors[0];
    const code = first?.extensions?.code ?? "INTERNAL_SERVER_ERROR";
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
    return new AccordError(`${first?.message ?? "unknown error"}${more}`, { code, errors, status, data });
  }
}

export function isAccordError(value: unknown): value is AccordError {
  return value instanceof AccordError;
}
