import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../context";
import { searchWork, Work } from "../limits/work";
import { searchRecords } from "./search.service";
import { SearchConnection } from "./search-result";

@Resolver()
export class SearchResolver {
  @Query(() => SearchConnection, {
    description:
      "Full-text search over actors (names, aliases, identifiers), engagements, statements and commitments, most relevant first. Each word matches as a prefix, ignoring case and accents: 'South Korea' finds the Republic of Korea.",
  })
  @Work(searchWork)
  search(
    @Arg("query", () => String, { description: "The words to look for." }) query: string,
    @Arg("first", () => Int, { nullable: true, description: "How many hits (at most 100; 20 by default)." })
    first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor: hits after this one." }) after: string | null,
    @Ctx() { prisma, loaders }: Context,
  ) {
    return searchRecords({ prisma, loaders, query, first, after });
  }
}
