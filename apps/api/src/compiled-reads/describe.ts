import { Prisma, type PrismaClient } from "@accord/db";
import { ownEntry } from "@accord/domain";
import { type GraphQLField, getNamedType, isLeafType } from "graphql";
import { countSql, pageSql, type SqlSort, type SqlTable } from "../common/keyset";
import type { WindowListSpec } from "../common/window-connection";
import { partialDateReads } from "../dates/partial-date.read";
import { connectionJson, listJson, type PageArgs, rootConnection } from "./connections";
import { rowJson } from "./objects";
import { keysetPage, rankedPage, requestedPage } from "./pages";
import { type Compilation, type FieldNodes, subSelections } from "./selection";
import { globalIdSql, notCompiled, plainText } from "./sql";
import type { Streamed } from "./streamed";

/**
 * The read description of one object type: how each of its GraphQL fields is read from a row of its
 * table (alias `row`). The compiler (objects.ts) and the schema walk (compiled-reads-schema.test.ts)
 * read nothing else; a feature's `<feature>.read.ts` holds its types' descriptions and root fields.
 */
export type ReadDescription = {
  type: string;
  /** The table a row of the type comes from; absent for values kept inside their parent's row (Money). */
  table?: string;
  /** The Prisma model of the rows: its scalar fields are read as columns without being listed (readOf). */
  model?: Prisma.ModelName;
  fields: Record<string, FieldRead>;
};

/** One field of a row (alias `row`) as an SQL expression giving its JSON value. */
export type FieldRead = (c: Compilation, row: string, nodes: FieldNodes, typeName: string) => Prisma.Sql;

/** A root field of Query; async because some filters read the database first (topic subtrees). */
export type RootRead = {
  field: string;
  compile: (c: Compilation, nodes: FieldNodes, prisma: PrismaClient) => Promise<Prisma.Sql | Streamed>;
  /** An analytics answer: kept in the answer cache while the data version is the same (answer-cache.ts). */
  versioned?: boolean;
};

/**
 * A type's description; its PartialDate fields come from the one list of them (dates/partial-date.fields.ts),
 * and with a `model`, its leaf fields named as the model's scalar fields are that model's columns.
 */
export const describeType = (
  type: string,
  table: string | undefined,
  fields: Record<string, FieldRead>,
  model?: Prisma.ModelName,
): ReadDescription => ({
  type,
  table,
  ...(model ? { model } : {}),
  fields: { ...partialDateReads(type), ...fields },
});

/** The model's scalar fields, from the generated client's own metadata (its ScalarFieldEnum). */
const scalarFieldsOf = (model: Prisma.ModelName): Record<string, string> =>
  (Prisma as unknown as Record<string, Record<string, string>>)[`${model}ScalarFieldEnum`] ?? {};

/**
 * How a field of a described type is read: its own entry, else the model's column of the same name when
 * the GraphQL field is a scalar or enum. A new column needs no read entry; the schema walk uses this too.
 */
export function readOf(description: ReadDescription, field: GraphQLField<unknown, unknown>): FieldRead | undefined {
  const own = ownEntry(description.fields, field.name);
  if (own || !description.model || !isLeafType(getNamedType(field.type))) return own;
  return Object.hasOwn(scalarFieldsOf(description.model), field.name) ? column(field.name) : undefined;
}

export const rootRead = (
  field: string,
  compile: RootRead["compile"],
  options: { versioned?: boolean } = {},
): RootRead => ({
  field,
  compile,
  ...options,
});

/** The model's scalar fields as Prisma names them (typed from the generated client). */
type ScalarFieldOf<M extends Prisma.ModelName> = keyof (typeof Prisma)[`${M}ScalarFieldEnum`] & string;

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/**
 * A column named after the model's field (`startDate` reads `start_date`, the schema's @map convention);
 * dates, timestamps and decimals are written as the GraphQL scalars write them.
 */
export const column =
  (name: string): FieldRead =>
  (c, row, nodes, typeName) =>
    scalarJson(c.field(typeName, nodes[0].name.value), `${row}.${snakeCase(name)}`);

/** The GraphQL fields of the same name as the model's columns. */
export function columns<M extends Prisma.ModelName>(_model: M, names: ScalarFieldOf<M>[]): Record<string, FieldRead> {
  return Object.fromEntries(names.map((name) => [name, column(name)]));
}

/** An SQL expression as the field's scalar type writes it: DateTime as ISO with milliseconds, Decimal trimmed. */
export function scalarJson(field: GraphQLField<unknown, unknown>, expression: string): Prisma.Sql {
  const scalar = getNamedType(field.type).name;
  // Prisma's Decimal prints without trailing zeros, as trim_scale does.
  // Digits and ISO timestamps need no JSON escapes.
  if (scalar === "Decimal") return plainText(Prisma.raw(`trim_scale(${expression})::text`));
  if (scalar === "DateTime") {
    return plainText(Prisma.raw(`to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`));
  }
  return Prisma.raw(expression);
}

/** An SQL expression of the row. */
export const sql =
  (expression: (row: string) => string): FieldRead =>
  (_c, row) =>
    Prisma.raw(expression(row));

/** The ID a row keeps in its global_id column, set by a trigger (migration 20261128014000_stored_global_ids). */
export const storedGlobalId: FieldRead = (_c, row) => plainText(Prisma.raw(`${row}.global_id`));

/** An ID computed from the row's uuid, for types without a stored one. */
export const globalId =
  (type: string): FieldRead =>
  (_c, row) =>
    globalIdSql(type, `${row}.id`);

/** A reference to another row by a foreign-key column (null when the column is). */
export const reference =
  (type: string, foreignKey: string): FieldRead =>
  (c, row, nodes) =>
    rowJson(c, type, Prisma.raw(`${row}.${foreignKey}`), subSelections(nodes));

/** A list with no pages: `rows` is a subquery of the type's rows (alias given) in the list's order. */
export const list =
  (type: string, rows: (row: string, args: Record<string, unknown>) => string): FieldRead =>
  (c, row, nodes, typeName) => {
    const args = c.args(typeName, nodes[0]);
    return listJson(c, type, (alias) => Prisma.raw(`(${rows(row, args)}) ${alias}`), nodes);
  };

/** A reference to one of several types (a union), by whichever of their foreign keys is set, in this order. */
export const union =
  (members: Record<string, string>): FieldRead =>
  (c, row, nodes) => {
    const cases = Object.entries(members).map(
      ([type, key]) =>
        Prisma.sql`WHEN ${Prisma.raw(`${row}.${key}`)} IS NOT NULL THEN ${rowJson(c, type, Prisma.raw(`${row}.${key}`), subSelections(nodes))}`,
    );
    return Prisma.sql`CASE ${Prisma.join(cases, " ")} END`;
  };

/** A nested connection described by the same WindowListSpec its DataLoader uses. */
export const connection =
  (connectionType: string, nodeType: string, spec: (args: PageArgs) => WindowListSpec): FieldRead =>
  (c, row, nodes, typeName) => {
    const args = c.args(typeName, nodes[0]) as PageArgs;
    const chosen = spec(args);
    const order = typeof chosen.order === "string" ? chosen.order : chosen.order(args);
    const rows = { from: chosen.from, id: chosen.id, where: `${chosen.parent} = ${row}.id`, order };
    return connectionJson(c, connectionType, rankedPage(rows, args, nodeType), nodes);
  };

/** A field whose SQL is written by hand, for what the kinds above do not say. */
export const custom = (read: FieldRead): FieldRead => read;

/** Refuses the field on the compiled path: for what only a resolver may answer (say why beside it). */
export const resolverOnly =
  (why: string): FieldRead =>
  () =>
    notCompiled(why);

/**
 * How a root list finds its rows: the table, the filter's conditions and the sort (common/keyset.ts).
 * `sortsCandidates`: the conditions find rows by an index out of the sort's order (a date range's GiST, a set
 * of ids found elsewhere), which are then sorted: the page reads their ids first and its rows by id after
 * (pageSql's `"byId"`), so the covering indexes filter them index-only. Otherwise the page is an index walk
 * in its order, which reads whole rows as it goes.
 */
export type KeysetList = { where: Prisma.Sql[]; sort: SqlSort; sortsCandidates?: boolean };

/**
 * A root connection paged by keyset over one table (actors, topics, sources, engagements): `list` turns
 * the field's arguments into conditions and a sort (reading the database marks the SQL not reusable: compile.ts).
 */
export const keysetRoot = (
  field: string,
  connectionType: string,
  nodeType: string,
  table: SqlTable,
  list: (args: Record<string, unknown>, prisma: PrismaClient, c: Compilation) => Promise<KeysetList> | KeysetList,
): RootRead =>
  rootRead(field, async (c, nodes, prisma) => {
    const args = c.args("Query", nodes[0]);
    const request = requestedPage(args as PageArgs);
    const { where, sort, sortsCandidates } = await list(args, prisma, c);
    const rows = pageSql({ ...table, where, sort, ...request, rows: sortsCandidates ? "byId" : true });
    const page = keysetPage(request, nodeType, rows, countSql({ ...table, where }));
    return rootConnection(c, connectionType, { ...page, wholeRows: true }, nodes);
  });
