import { createParameterDecorator } from "type-graphql";

/**
 * The parent row as it is, for field resolvers: use this, not type-graphql's `@Root()`. type-graphql's
 * own decorator copies the row into a new instance of the object class on every field it resolves
 * (Object.assign of every column), which was a quarter of the API's CPU in garbage collection on a page
 * of engagements. Our object classes carry no methods, so the row serves as well. Built on type-graphql's
 * public custom-parameter API; plain-roots.test.ts fails if the row stops arriving untouched.
 */
export function Root() {
  return createParameterDecorator(({ root }) => root);
}
