import type { ApolloServerPlugin } from "@apollo/server";
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  NoSchemaIntrospectionCustomRule,
  validate,
} from "graphql";

/** The part of the request context this reads; the auth layer sets `viewer` (null when anonymous). */
type MaybeViewer = { viewer?: { role?: string } | null };

/** In production only admin tokens may introspect (__schema, __type); __typename stays allowed. */
export function introspectionPlugin({ schema }: { schema: GraphQLSchema }): ApolloServerPlugin<object> {
  // Apollo keeps one parsed document per query text: each is checked once, not on every request.
  const checked = new WeakMap<DocumentNode, GraphQLError | null>();
  const refusalOf = (document: DocumentNode) => {
    if (!checked.has(document))
      checked.set(document, validate(schema, document, [NoSchemaIntrospectionCustomRule])[0] ?? null);
    return checked.get(document);
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if ((contextValue as MaybeViewer).viewer?.role === "ADMIN") return;
          const refusal = refusalOf(document);
          if (!refusal) return;
          throw new GraphQLError(`${refusal.message} Introspection is open to admin tokens only in production.`, {
            nodes: refusal.nodes,
            extensions: { code: "FORBIDDEN", http: { status: 403 } },
          });
        },
      };
    },
  };
}
