export { JSONObjectResolver as JSONScalar } from "graphql-scalars";
