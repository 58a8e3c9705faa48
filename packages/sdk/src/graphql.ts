import { initGraphQLTada } from "gql.tada";
import type { introspection } from "./gql/introspection";

/**
 * Writes a query of your own, typed from the schema this package ships: its variables and result types are
 * inferred from the text, with no code generation and no hand-written types. Run it with `client.request`.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  // The API's custom scalars, as they travel in JSON (the same mapping as the generated operations).
  scalars: {
    ID: string;
    Date: string;
    Decimal: string;
    Currency: string;
    DateTime: string;
    JSONObject: Record<string, unknown>;
  };
  // Fragments spread into a query are read directly, without readFragment().
  disableMasking: true;
}>();

export { type FragmentOf, readFragment } from "gql.tada";
