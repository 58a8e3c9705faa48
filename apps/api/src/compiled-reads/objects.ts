import { Prisma } from "@accord/db";
import type { SelectionSetNode } from "graphql";
import { readOf } from "./describe";
import { type Compilation, selectionJson } from "./selection";
import { notCompiled } from "./sql";

/** The selected fields of one row of `typeName` (alias `row`) as a JSON object's text, read as its description says. */
export function objectJson(
  c: Compilation,
  typeName: string,
  row: string,
  selectionSets: readonly (SelectionSetNode | undefined)[],
): Prisma.Sql {
  const type = c.reads.types.get(typeName) ?? notCompiled(`type ${typeName}`);
  return selectionJson(c, typeName, selectionSets, (name, nodes) =>
    readOf(type, c.field(typeName, name))?.(c, row, nodes, typeName),
  );
}

/** One row of `typeName` by id as a JSON object's text, null when there is none. */
export function rowJson(
  c: Compilation,
  typeName: string,
  id: Prisma.Sql,
  selectionSets: readonly (SelectionSetNode | undefined)[],
): Prisma.Sql {
  const table = c.reads.types.get(typeName)?.table ?? notCompiled(`rows of type ${typeName}`);
  const alias = c.alias();
  return Prisma.sql`(SELECT ${objectJson(c, typeName, alias, selectionSets)} FROM ${Prisma.raw(table)} ${Prisma.raw(alias)} WHERE ${Prisma.raw(alias)}.id = ${id})`;
}
