import type { ClassType } from "type-graphql";
import { ArgsType, Field, Int, ObjectType } from "type-graphql";
import { countWork, Work } from "../limits/work";

@ObjectType({ description: "Where a page stands in a connection (Relay cursor connections)." })
export class PageInfo {
  @Field(() => Boolean, { description: "True when more records follow the last edge." })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "True when records precede the first edge." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first edge." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last edge." })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: "Return the first n records after `after` (at most 100)." })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Cursor: return records after this one." })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: "Return the last n records before `before` (at most 100)." })
  last?: number | null;

  @Field(() => String, { nullable: true, description: "Cursor: return records before this one." })
  before?: string | null;
}

export type Edge<T> = { cursor: string; node: T };

export type Connection<T> = {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Counted only when asked for. */
  totalCount: PromiseLike<number>;
};

/** A Relay connection type (`<Name>Connection` with `<Name>Edge`) for one node type. */
export function ConnectionType<TNode extends object>(nodeType: ClassType<TNode>, name: string, what: string) {
  @ObjectType(`${name}Edge`, { description: `One ${what} in a page, with its cursor.` })
  class EdgeType {
    @Field(() => String, { description: "Opaque cursor of this edge, for `after` and `before`." })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${what}.` })
    node!: TNode;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${what} records.` })
  class ConnectionClass {
    @Field(() => [EdgeType], { description: "The records of this page, in order." })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: "Where this page stands." })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "How many records match, across all pages." })
    @Work(countWork)
    totalCount!: number;
  }

  return ConnectionClass;
}
