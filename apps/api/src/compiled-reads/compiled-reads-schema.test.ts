// The schema walk: every field of every object type reachable from Query has a read description (or
// is on the commented resolver-only list), so a new field cannot silently send reads down the slow path.

import { Prisma } from "@accord/db";
import {
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isLeafType,
  isObjectType,
  isUnionType,
} from "graphql";
import { getMetadataStorage } from "type-graphql";
import { buildAccordSchema } from "../schema/build-schema";
import { readOf } from "./describe";
import { reads } from "./reads";
import { resolverOnly } from "./resolver-only";

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAccordSchema();
});

// Fields the pagination core compiles for every connection and edge (connections.ts).
const connectionFields = ["edges", "pageInfo", "totalCount"];
const edgeFields = ["cursor", "node"];
const pageInfoFields = ["hasNextPage", "hasPreviousPage", "startCursor", "endCursor"];

/** Every object type reachable from Query's fields, through lists, unions and interfaces. */
function reachableTypes(): Map<string, GraphQLNamedType> {
  const seen = new Map<string, GraphQLNamedType>();
  const visit = (type: GraphQLNamedType) => {
    if (seen.has(type.name)) return;
    seen.set(type.name, type);
    if (isUnionType(type)) for (const member of type.getTypes()) visit(member);
    if (isInterfaceType(type)) for (const member of schema.getPossibleTypes(type)) visit(member);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) visit(getNamedType(field.type));
    }
  };
  // Types only a resolver-only root field returns (the audit log) are the resolvers' alone.
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    if (!Object.hasOwn(resolverOnly, `Query.${field.name}`) || reads.roots.has(field.name)) {
      visit(getNamedType(field.type));
    }
  }
  return seen;
}

/** The fields of reachable object types that nothing compiles, as "Type.field" (or "Type" for a whole type). */
function uncompiled(): string[] {
  const missing: string[] = [];
  for (const field of Object.keys(schema.getQueryType()!.getFields())) {
    if (!reads.roots.has(field)) missing.push(`Query.${field}`);
  }
  for (const type of reachableTypes().values()) {
    if (!isObjectType(type)) continue;
    const names = Object.keys(type.getFields());
    // A description of its own (SearchEdge) goes before the core's generic fields.
    const core = reads.types.has(type.name)
      ? undefined
      : type.name.endsWith("Connection")
        ? connectionFields
        : type.name.endsWith("Edge")
          ? edgeFields
          : type.name === "PageInfo"
            ? pageInfoFields
            : undefined;
    const description = reads.types.get(type.name);
    if (!core && !description) {
      missing.push(type.name);
      continue;
    }
    // A described type's fields: its own entries and its model's columns of the same name (readOf).
    const read = (name: string) =>
      core ? core.includes(name) : Boolean(readOf(description!, type.getFields()[name]!));
    for (const name of names) if (!read(name)) missing.push(`${type.name}.${name}`);
  }
  return missing.sort();
}

test("every field reachable from Query is compiled or on the resolver-only list", () => {
  const listed = Object.keys(resolverOnly).filter((entry) => !entry.includes(" "));
  const missing = uncompiled();
  expect(missing.filter((entry) => !listed.includes(entry))).toEqual([]);
  // An entry for a field that has a description is stale: the list says only what is true.
  expect(listed.filter((entry) => !missing.includes(entry))).toEqual([]);
});

test("the walk reaches what it must", () => {
  const types = reachableTypes();
  for (const name of ["Engagement", "Actor", "Citation", "Tenure", "CommitmentStatusChange", "Money"]) {
    expect(types.has(name)).toBe(true);
  }
  expect(types.has("Mutation")).toBe(false);
});

test("every described field exists in the schema", () => {
  const unknown: string[] = [];
  for (const [name, description] of reads.types) {
    const type = schema.getType(name);
    if (!isObjectType(type)) {
      unknown.push(name);
      continue;
    }
    for (const field of Object.keys(description.fields)) if (!type.getFields()[field]) unknown.push(`${name}.${field}`);
  }
  for (const field of reads.roots.keys())
    if (!schema.getQueryType()!.getFields()[field]) unknown.push(`Query.${field}`);
  expect(unknown).toEqual([]);
});

/** Every field with an @Authorized rule, as "Type.field", from type-graphql's metadata. */
function authorizedFields(): string[] {
  const storage = getMetadataStorage();
  const typeName = (target: unknown) => storage.objectTypes.find((type) => type.target === target)?.name ?? "?";
  return [
    ...storage.queries.filter((query) => query.roles?.length).map((query) => `Query.${query.schemaName}`),
    ...storage.fields.filter((field) => field.roles?.length).map((field) => `${typeName(field.target)}.${field.name}`),
    ...storage.fieldResolvers
      .filter((field) => field.roles?.length)
      .map((field) => `${typeName(field.getObjectType?.())}.${field.schemaName}`),
  ];
}

test("a field with an authorization rule is never compiled: the compiled path checks no roles", () => {
  const guarded = authorizedFields();
  expect(guarded).toContain("Query.auditLog");
  const compiled = guarded.filter((entry) => {
    const [type, field] = entry.split(".") as [string, string];
    if (type === "Query") return reads.roots.has(field);
    const description = reads.types.get(type);
    const graphqlField = (schema.getType(type) as GraphQLObjectType | undefined)?.getFields()[field];
    return Boolean(description && graphqlField && readOf(description, graphqlField));
  });
  expect(compiled).toEqual([]);
  for (const entry of guarded) expect(resolverOnly[entry] ?? "").toMatch(/Authorized/);
});

// The newcomer test: a scalar column added to a model (schema.prisma, a migration, the GraphQL type and the
// write input) is compiled with no edit to its read description or to compiled-reads/.
test("every leaf field named as its model's scalar field is read as that column, not listed by hand", () => {
  const listedByHand: string[] = [];
  const modelled: string[] = [];
  for (const description of reads.types.values()) {
    if (!description.model) continue;
    modelled.push(description.type);
    const type = schema.getType(description.type) as GraphQLObjectType;
    const scalars = Object.keys((Prisma as unknown as Record<string, object>)[`${description.model}ScalarFieldEnum`]!);
    for (const field of Object.values(type.getFields())) {
      if (field.name === "id" || !scalars.includes(field.name) || !isLeafType(getNamedType(field.type))) continue;
      expect([field.name, readOf(description, field)]).toEqual([field.name, expect.any(Function)]);
      if (Object.hasOwn(description.fields, field.name)) listedByHand.push(`${description.type}.${field.name}`);
    }
  }
  expect(modelled).toEqual(expect.arrayContaining(["Engagement", "Actor", "Statement", "Commitment", "Topic"]));
  expect(listedByHand).toEqual([]);
});
