import { Prisma, type PrismaClient } from "@accord/db";
import { decodeId } from "../common/global-id";
import { paginateSql, type SqlSort, type SqlTable } from "../common/keyset";
import { loadAll } from "../common/load-all";
import { OrderDirection } from "../common/order-direction";
import { textCondition } from "../engagements/engagement.filter";
import type { Loaders } from "../loaders";
import type { ActorFilter, ActorOrder, ActorsArgs } from "./actor.input";

export const actorTable: SqlTable = { table: Prisma.sql`actor`, alias: Prisma.sql`a` };

/** SQL conditions over alias `a`; the name matches the search vector (name, aliases, identifiers). */
export function actorConditions(filter?: ActorFilter | null): Prisma.Sql[] {
  if (!filter) return [];
  const conditions: Prisma.Sql[] = [];
  if (filter.name != null) conditions.push(textCondition(filter.name, Prisma.sql`a`, "filter.name"));
  if (filter.kind) conditions.push(Prisma.sql`a.kind = ANY(${filter.kind}::"ActorKind"[])`);
  if (filter.identifier) {
    const { scheme, value } = filter.identifier;
    conditions.push(
      Prisma.sql`a.id IN (SELECT i.actor_id FROM actor_identifier i WHERE i.scheme = ${scheme} AND i.value = ${value})`,
    );
  }
  if (filter.parent) {
    conditions.push(Prisma.sql`a.parent_id = ${decodeId(filter.parent, "Actor", "filter.parent")}::uuid`);
  }
  return conditions;
}

export function actorSort(orderBy?: ActorOrder | null): SqlSort {
  return {
    expression: orderBy?.field === "CREATED_AT" ? Prisma.sql`a.created_at` : Prisma.sql`a.name`,
    direction: orderBy?.direction ?? OrderDirection.ASC,
  };
}

export type FindActorsOptions = { prisma: PrismaClient; loaders: Loaders; args: ActorsArgs };

/** A page of actors matching a filter, by name unless asked otherwise. */
export function findActors({ prisma, loaders, args }: FindActorsOptions) {
  return paginateSql({
    ...actorTable,
    prisma,
    args,
    where: actorConditions(args.filter),
    sort: actorSort(args.orderBy),
    load: (ids) => loadAll(loaders.actor, ids),
  });
}
