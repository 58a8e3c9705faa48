import { Prisma } from "@accord/db";
import { ownEntry } from "@accord/domain";
import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  GraphQLIncludeDirective,
  type GraphQLObjectType,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  isAbstractType,
  isEnumType,
  isLeafType,
  Kind,
  type SelectionSetNode,
} from "graphql";
import type { ReadDescription, RootRead } from "./describe";
import { isPlainText, jsonObject, notCompiled, type ValueKind } from "./sql";

/** The nodes of one response key, merged as graphql-js merges them: never empty, so `nodes[0]` is the field. */
export type FieldNodes = [FieldNode, ...FieldNode[]];

/** Every read description by type name and every root field by name (reads.ts). */
export type ReadRegistry = { types: Map<string, ReadDescription>; roots: Map<string, RootRead> };

/** What compiling one operation needs: the schema, its fragments, the coerced variables and fresh aliases. */
export class Compilation {
  private aliases = 0;
  /** False once compiling read the database (compile.ts sees every use of the client): the SQL may differ next time. */
  cacheable = true;
  /** False once a value may be written with spaces between its JSON tokens (a JSON scalar's value). */
  compact = true;
  /** Joins a field asked for beside the rows of an alias (a streamed array's rows, read by key, one row each). */
  readonly joins = new Map<string, Prisma.Sql[]>();
  /** The columns a row alias of computed groups has (commitmentTotals' grouped keys). */
  readonly groupColumns = new Map<string, string[]>();
  /** What a row alias of computed rows was computed from, for its fields' reads (a counterpart ranking's actor and filter). */
  readonly origins = new Map<string, unknown>();

  constructor(
    readonly schema: GraphQLSchema,
    readonly fragments: Record<string, FragmentDefinitionNode>,
    readonly variables: Record<string, unknown>,
    readonly reads: ReadRegistry,
  ) {}

  /** A table alias no hand-written fragment uses (they use e, s, c, p, ep …). */
  alias(): string {
    this.aliases += 1;
    return `q${this.aliases}`;
  }

  joinBeside(alias: string, join: Prisma.Sql): void {
    this.joins.set(alias, [...(this.joins.get(alias) ?? []), join]);
  }

  objectType(name: string): GraphQLObjectType {
    const type = this.schema.getType(name);
    if (!type || !("getInterfaces" in type)) notCompiled(`${name} is not an object type`);
    return type as GraphQLObjectType;
  }

  /** The schema's field `typeName.name`. */
  field(typeName: string, name: string): GraphQLField<unknown, unknown> {
    return ownEntry(this.objectType(typeName).getFields(), name) ?? notCompiled(`${typeName}.${name} is unknown`);
  }

  /** The field's arguments, coerced as graphql-js would (defaults applied, enums as values). */
  args(typeName: string, node: FieldNode): Record<string, unknown> {
    const field = this.field(typeName, node.name.value);
    try {
      return getArgumentValues(field, node, this.variables);
    } catch {
      return notCompiled(`${typeName}.${node.name.value}: arguments do not coerce`);
    }
  }

  /** The fields selected on one concrete type, merged by response key as graphql-js merges them. */
  fields(typeName: string, selectionSets: readonly (SelectionSetNode | undefined)[]): Map<string, FieldNodes> {
    const type = this.objectType(typeName);
    const fields = new Map<string, FieldNodes>();
    const visit = (set: SelectionSetNode) => {
      for (const selection of set.selections) {
        if (!this.included(selection)) continue;
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          const merged = fields.get(key);
          if (merged) merged.push(selection);
          else fields.set(key, [selection]);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          if (!selection.typeCondition || this.applies(selection.typeCondition.name.value, type)) {
            visit(selection.selectionSet);
          }
        } else {
          const fragment = ownEntry(this.fragments, selection.name.value);
          if (!fragment) notCompiled(`fragment ${selection.name.value} is unknown`);
          if (this.applies(fragment.typeCondition.name.value, type)) visit(fragment.selectionSet);
        }
      }
    };
    for (const set of selectionSets) if (set) visit(set);
    return fields;
  }

  private included(selection: SelectionSetNode["selections"][number]): boolean {
    if (!selection.directives?.length) return true;
    for (const directive of selection.directives) {
      const name = directive.name.value;
      if (name !== "include" && name !== "skip") notCompiled(`@${name} is not compiled`);
    }
    const skip = getDirectiveValues(GraphQLSkipDirective, selection, this.variables);
    if (skip?.if === true) return false;
    const include = getDirectiveValues(GraphQLIncludeDirective, selection, this.variables);
    return include?.if !== false;
  }

  private applies(condition: string, type: GraphQLObjectType): boolean {
    if (condition === type.name) return true;
    const conditionType = this.schema.getType(condition);
    return Boolean(conditionType && isAbstractType(conditionType) && this.schema.isSubType(conditionType, type));
  }
}

/** The sub-selections of every node merged under one response key. */
export function subSelections(nodes: FieldNodes): (SelectionSetNode | undefined)[] {
  return nodes.map((node) => node.selectionSet);
}

/** Compiles one selected field by its name; undefined when this path does not cover it. */
export type FieldSql = (name: string, nodes: FieldNodes) => Prisma.Sql | undefined;

/** The fields selected on `typeName` as one JSON object's text, each compiled by `field`; `__typename` is the type's name. */
export function selectionJson(
  c: Compilation,
  typeName: string,
  selectionSets: readonly (SelectionSetNode | undefined)[],
  field: FieldSql,
): Prisma.Sql {
  return jsonObject(selectedEntries(c, typeName, selectionSets, field));
}

/** Scalars whose SQL text is their JSON (numbers, true/false): written without to_json. */
const bareScalars = new Set(["Int", "Boolean"]);
/** Scalars whose values need no JSON escapes (ISO 4217 codes, checked by the scalar): quoted as they are. */
const plainScalars = new Set(["Currency"]);
/** Scalars to_json writes without spaces (strings, numbers, dates); a JSON scalar's json keeps its own. */
const compactScalars = new Set(["ID", "String", "Float", "DateTime", "Date", "Decimal", "Currency", "EDTF"]);

/** How the value of field `name` of `typeName`, compiled as `value`, is written as JSON (sql.ts valueText). */
export function valueKind(c: Compilation, typeName: string, name: string, value: Prisma.Sql): ValueKind {
  if (name === "__typename" || isPlainText(value)) return "plain";
  const type = getNamedType(c.field(typeName, name).type);
  if (!isLeafType(type)) return "json";
  if (isEnumType(type) || plainScalars.has(type.name)) return "plain";
  if (bareScalars.has(type.name)) return "bare";
  if (!compactScalars.has(type.name)) c.compact = false;
  return "scalar";
}

/** A selected field's value: `__typename` is the type's name, others compiled by `field`. */
export function selectedValue(typeName: string, nodes: FieldNodes, field: FieldSql): Prisma.Sql {
  const name = nodes[0].name.value;
  if (name === "__typename") return Prisma.raw(`'${typeName}'::text`);
  return field(name, nodes) ?? notCompiled(`${typeName}.${name}`);
}

function selectedEntries(
  c: Compilation,
  typeName: string,
  selectionSets: readonly (SelectionSetNode | undefined)[],
  field: FieldSql,
): [string, Prisma.Sql, ValueKind][] {
  return [...c.fields(typeName, selectionSets)].map(([key, nodes]) => {
    const value = selectedValue(typeName, nodes, field);
    return [key, value, valueKind(c, typeName, nodes[0].name.value, value)];
  });
}
