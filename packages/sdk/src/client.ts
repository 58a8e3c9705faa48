import type { ResultOf, TypedDocumentNode, VariablesOf } from "@graphql-typed-document-node/core";
import { documentHash, documentText, operationName } from "./documents";
import { AccordError, type GraphQLErrorPayload } from "./errors";
import { operations } from "./gql/operations";
import { type ConnectionPage, walkPages } from "./paginate";

export type AccordClientOptions = {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** A bearer token, sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** A fetch implementation (defaults to the global fetch). */
  fetch?: typeof fetch;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /** Send only each document's sha256 (`extensions.persistedQuery`), for servers running trusted documents. */
  persistedDocuments?: boolean;
};

type Operations = typeof operations;
/** The name of every SDK operation, which is also the client's method name. */
export type OperationName = keyof Operations;

type RequiredKeys<T> = { [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? never : K }[keyof T];

/** Variables are optional when the operation has no required ones (or takes none: an index signature of never). */
export type VariablesArgument<TVariables> = string extends keyof TVariables
  ? [variables?: TVariables]
  : [RequiredKeys<TVariables>] extends [never]
    ? [variables?: TVariables]
    : [variables: TVariables];

/** Variables for a paged walk: everything but the cursor, which the walker supplies. */
export type PageVariables<TVariables> = Omit<TVariables, "after">;

/** One typed method per operation in operations/*.graphql. */
export type OperationMethods = {
  [K in OperationName]: (...args: VariablesArgument<VariablesOf<Operations[K]>>) => Promise<ResultOf<Operations[K]>>;
};

export type Paginate = {
  /** Walks every page of the connection `pick` selects from an SDK operation, yielding each node. */
  <K extends OperationName, TNode>(
    operation: K,
    variables: PageVariables<VariablesOf<Operations[K]>>,
    pick: (data: ResultOf<Operations[K]>) => ConnectionPage<TNode> | null | undefined,
  ): AsyncGenerator<TNode, void>;
  /** Walks every page of the connection `pick` selects from any TypedDocumentNode with an `$after` variable. */
  <TData, TVariables extends { after?: string | null }, TNode>(
    operation: TypedDocumentNode<TData, TVariables>,
    variables: PageVariables<TVariables>,
    pick: (data: TData) => ConnectionPage<TNode> | null | undefined,
  ): AsyncGenerator<TNode, void>;
};

export type AccordClient = OperationMethods & {
  /** Runs any TypedDocumentNode (the SDK's or your own) and returns its typed data; throws AccordError. */
  request<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    ...args: VariablesArgument<TVariables>
  ): Promise<TData>;
  paginate: Paginate;
};

type Response = { data?: unknown; errors?: GraphQLErrorPayload[] };

/** A client for Accord's API whose methods take typed variables and return typed results. */
export function createAccordClient(options: AccordClientOptions): AccordClient {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const headers: Record<string, string> = {
    "content-type": "application/json",
    accept: "application/graphql-response+json, application/json",
    ...options.headers,
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;

  async function request<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
  ): Promise<TData> {
    const text = documentText(document);
    const body: Record<string, unknown> = { operationName: operationName(document), variables: variables ?? {} };
    if (options.persistedDocuments) {
      body.extensions = { persistedQuery: { version: 1, sha256Hash: await documentHash(text) } };
    } else {
      body.query = text;
    }
    const response = await send(body);
    const payload = await readPayload(response);
    if (payload.errors && payload.errors.length > 0) {
      throw AccordError.fromErrors(payload.errors, response.status, payload.data);
    }
    if (!response.ok || payload.data === undefined || payload.data === null) {
      throw new AccordError(`${options.url} answered HTTP ${response.status} without data`, {
        code: "HTTP_ERROR",
        status: response.status,
      });
    }
    return payload.data as TData;
  }

  async function send(body: Record<string, unknown>): Promise<globalThis.Response> {
    try {
      return await fetchImpl(options.url, { method: "POST", headers, body: JSON.stringify(body) });
    } catch (cause) {
      throw new AccordError(`could not reach ${options.url}: ${String(cause)}`, { code: "NETWORK_ERROR", cause });
    }
  }

  async function readPayload(response: globalThis.Response): Promise<Response> {
    const raw = await response.text();
    try {
      return JSON.parse(raw) as Response;
    } catch (cause) {
      throw new AccordError(`${options.url} answered HTTP ${response.status} with no GraphQL response`, {
        code: "HTTP_ERROR",
        status: response.status,
        cause,
      });
    }
  }

  const paginate = (
    operation: OperationName | TypedDocumentNode<unknown, { after?: string | null }>,
    variables: object,
    pick: (data: unknown) => ConnectionPage<unknown> | null | undefined,
  ) => {
    const document = typeof operation === "string" ? (operations[operation] as TypedDocumentNode) : operation;
    return walkPages({ fetchPage: (after) => request(document, { ...variables, after }), pick });
  };

  const methods = Object.fromEntries(
    Object.entries(operations).map(([name, document]) => [
      name,
      (variables?: object) => request(document as TypedDocumentNode, variables),
    ]),
  ) as OperationMethods;

  return { ...methods, request: request as AccordClient["request"], paginate: paginate as Paginate };
}
