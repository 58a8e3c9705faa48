import { createUnionType, Field, Float, Int, ObjectType } from "type-graphql";
import { Actor } from "../actors/actor.type";
import { Commitment } from "../commitments/commitment.type";
import { PageInfo } from "../common/connection.type";
import { Engagement } from "../engagements/engagement.type";
import { searchCountWork, Work } from "../limits/work";
import { Statement } from "../statements/statement.type";

/** What `search` can find; each value is a row tagged with its `__typename`. */
export const SearchResult = createUnionType({
  name: "SearchResult",
  description: "A record found by `search`: an actor, an engagement, a statement or a commitment (ask `__typename`).",
  types: () => [Actor, Engagement, Statement, Commitment] as const,
  resolveType: (value) => (value as { __typename?: string }).__typename,
});

@ObjectType("SearchEdge", { description: "One search hit, with its cursor and relevance." })
export class SearchEdge {
  @Field(() => String, { description: "Opaque cursor of this hit, for `after`." })
  cursor!: string;

  @Field(() => Float, {
    description:
      "Relevance: PostgreSQL ts_rank_cd divided by document length, actor names weighted (A) over engagements (B), statements and commitments (C).",
  })
  rank!: number;

  @Field(() => SearchResult, { description: "The record found." })
  node!: object;
}

@ObjectType("SearchConnection", { description: "A page of search hits, most relevant first." })
export class SearchConnection {
  @Field(() => [SearchEdge], { description: "The hits of this page, in order." })
  edges!: SearchEdge[];

  @Field(() => PageInfo, { description: "Where this page stands." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "How many records match, across all pages." })
  @Work(searchCountWork)
  totalCount!: PromiseLike<number>;
}
