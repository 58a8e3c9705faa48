import type { ApolloServerPlugin, GraphQLRequestContext } from "@apollo/server";
import { GraphQLError } from "graphql";
import { sha256Hex, type TrustedDocuments } from "./manifest";

type Viewer = { viewer?: { role?: string } | null };

// A refused request runs this instead, so no validation message leaks schema details; didResolveOperation then refuses it.
const placeholder = "query RefusedByTrustedDocuments { __typename }";

function requestedHash(rc: GraphQLRequestContext<object>): string | undefined {
  const persisted = rc.request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
  if (typeof persisted?.sha256Hash === "string") return persisted.sha256Hash;
  // GraphQL over HTTP's trusted documents: { "documentId": "sha256:<hex>" } in the body.
  const body = rc.request.http?.body as { documentId?: unknown } | undefined;
  if (typeof body?.documentId === "string") return body.documentId.replace(/^sha256:/, "");
  return undefined;
}

function refusal(reason: string): GraphQLError {
  return new GraphQLError(
    `This server runs only trusted documents (the operations in its manifest); ${reason}. Use the Accord SDK's operations, or ask an admin.`,
    { extensions: { code: "PERSISTED_QUERY_NOT_ALLOWED", http: { status: 403 } } },
  );
}

/** Runs only documents from the manifest (by hash or by full text); admins may run anything. */
export function trustedDocumentsPlugin(trusted: TrustedDocuments): ApolloServerPlugin<object> {
  return {
    async requestDidStart(rc) {
      const isAdmin = (rc.contextValue as Viewer).viewer?.role === "ADMIN";
      const hash = requestedHash(rc);
      const text = rc.request.query;
      let refused: GraphQLError | undefined;
      if (hash !== undefined && text === undefined) {
        const known = trusted.byHash.get(hash);
        if (known !== undefined) rc.request.query = known;
        else if (!isAdmin) refused = refusal(`no document has the hash ${hash}`);
      } else if (text !== undefined && !isAdmin && !trusted.byHash.has(sha256Hex(text))) {
        refused = refusal("this document is not one of them");
      }
      // Resolved here: Apollo's automatic persisted queries are off and would refuse the extension.
      if (rc.request.query !== undefined && rc.request.extensions) delete rc.request.extensions.persistedQuery;
      if (!refused) return {};
      rc.request.query = placeholder;
      if (rc.request.extensions) delete rc.request.extensions.persistedQuery;
      rc.request.operationName = undefined;
      const error = refused;
      return {
        async didResolveOperation() {
          throw error;
        },
      };
    },
  };
}
