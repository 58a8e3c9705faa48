import type { ApolloServerPlugin } from "@apollo/server";
import {
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLBoolean,
  type GraphQLCompositeType,
  GraphQLError,
  type GraphQLField,
  GraphQLNonNull,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  getVariableValues,
  isAbstractType,
  isLeafType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromAST,
} from "graphql";
import { getArgumentValues } from "graphql/execution/values";
import { AppError } from "../common/errors";
import { maxPageSize } from "../common/paginate";
import { operationKey, PerDocumentCache } from "../common/per-document";
import { declaredItems, type ListSize, pageSize, pricingOf } from "./list-size";
import { declaredWork, workOf } from "./work";

// The type of @skip and @include's `if`.
const ifType = new GraphQLNonNull(GraphQLBoolean);

/** Code of a refusal for cost: the estimate and the limit are in extensions (`actual`, `max`). */
export const costLimitCode = "COST_LIMIT";

/** A list nobody declared a size for (the schema test fails on it) is priced as if it held this many. */
const unpricedListSize = 1_000;

/**
 * The estimated node count of an operation, as GitHub counts nodes: every object the answer can hold
 * is one node (scalars are free), and a list holds as many as it can return (first/last, its declared
 * size or `nodes(ids:)`'s IDs), multiplied down the tree. Abstract types cost their dearest member.
 * A field that reads more than it returns (a count, a ranking) adds its declared work (limits/work.ts).
 */
export function estimateNodes(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown>,
): number {
  return pricer(schema, document, operation, rawVariables).total();
}

/** Where an operation's cost lies: the dearest field at each level, from the root down. */
export type DearestPart = { path: string[]; nodes: number; why?: string };

/** The dearest chain of fields of an operation, to tell a refused caller what to ask for less of. */
export function dearestPart(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown>,
): DearestPart | undefined {
  return pricer(schema, document, operation, rawVariables).dearest();
}

function pricer(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown>,
) {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
  // Bad variables fail execution anyway; meanwhile every list is priced at its maximum.
  const variables = coerced.errors ? undefined : coerced.coerced;
  // Each selection set costs the same on a type and page wherever it appears: worked out once, so
  // fragments spread many times cannot make this walk exponential.
  const memo = new Map<SelectionSetNode, Map<string, number>>();

  const included = (directives: readonly DirectiveNode[] | undefined): boolean => {
    for (const directive of directives ?? []) {
      const name = directive.name.value;
      if (name !== "skip" && name !== "include") continue;
      const arg = directive.arguments?.find((a) => a.name.value === "if");
      // Unknown variables count as true: the dearer reading.
      const value = arg ? (valueFromAST(arg.value, ifType, variables) ?? true) : true;
      if (name === "skip" ? value === true : value === false) return false;
    }
    return true;
  };

  const applies = (condition: string | undefined, type: GraphQLObjectType): boolean => {
    if (!condition || condition === type.name) return true;
    const conditionType = schema.getType(condition);
    return !!conditionType && isAbstractType(conditionType) && schema.isSubType(conditionType, type);
  };

  const typesOf = (parent: GraphQLCompositeType): readonly GraphQLObjectType[] =>
    isAbstractType(parent) ? schema.getPossibleTypes(parent) : isObjectType(parent) ? [parent] : [];

  // `top`: the selection is a root field's answer (its counts read a whole table, not one parent's rows).
  const setCost = (set: SelectionSetNode, parent: GraphQLCompositeType, page: number, top: boolean): number => {
    let dearest = 0;
    for (const type of typesOf(parent)) dearest = Math.max(dearest, costOn(set, type, page, top));
    return dearest;
  };

  // The fields a selection set asks of one concrete type, fragments spread out.
  const fieldsOn = (set: SelectionSetNode, type: GraphQLObjectType, into: FieldNode[] = []): FieldNode[] => {
    for (const selection of set.selections) {
      if (!included(selection.directives)) continue;
      if (selection.kind === Kind.FIELD) into.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value, type)) fieldsOn(selection.selectionSet, type, into);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && applies(fragment.typeCondition.name.value, type)) fieldsOn(fragment.selectionSet, type, into);
      }
    }
    return into;
  };

  // Introspection and unknown fields: validation and the introspection rules deal with them.
  const fieldOf = (type: GraphQLObjectType, node: FieldNode) =>
    Object.hasOwn(type.getFields(), node.name.value) ? type.getFields()[node.name.value] : undefined;

  const costOn = (set: SelectionSetNode, type: GraphQLObjectType, page: number, top: boolean): number => {
    const key = `${type.name}:${page}:${top}`;
    let known = memo.get(set);
    const cached = known?.get(key);
    if (cached !== undefined) return cached;
    let total = 0;
    for (const node of fieldsOn(set, type)) {
      const field = fieldOf(type, node);
      if (field) total += fieldCost(type, field, node, page, top);
    }
    if (!known) {
      known = new Map();
      memo.set(set, known);
    }
    known.set(key, total);
    return total;
  };

  // What a field's answer multiplies: how many items it holds and the page and level its children are priced at.
  const shapeOf = (parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>, node: FieldNode, page: number) => {
    const args = argumentsOf(field, node, variables);
    const pricing = pricingOf(parent, field);
    let items = 1;
    let childPage = maxPageSize;
    if (pricing.kind === "declared") items = checkedDeclared(field.name, pricing.size, args);
    else if (pricing.kind === "edges") items = page;
    else if (pricing.kind === "unpriced") items = unpricedListSize;
    else if (pricing.kind === "page") childPage = checkedPage(args);
    return { args, items, childPage, childTop: parent === schema.getRootType(operation.operation) };
  };

  const fieldCost = (
    parent: GraphQLObjectType,
    field: GraphQLField<unknown, unknown>,
    node: FieldNode,
    page: number,
    top: boolean,
  ): number => {
    const named = getNamedType(field.type);
    if (isLeafType(named)) return workOf(field, top, argumentsOf(field, node, variables));
    const { args, items, childPage, childTop } = shapeOf(parent, field, node, page);
    const children = node.selectionSet
      ? setCost(node.selectionSet, named as GraphQLCompositeType, childPage, childTop)
      : 0;
    return workOf(field, top, args) + items * (1 + children);
  };

  const root = schema.getRootType(operation.operation);
  const total = () => (root && isObjectType(root) ? costOn(operation.selectionSet, root, maxPageSize, true) : 0);

  // Follows the dearest field at each level down to the last that multiplies (a list) or reads more than it returns.
  const dearest = (): DearestPart | undefined => {
    if (!root || !isObjectType(root)) return undefined;
    const path: string[] = [];
    let part: DearestPart | undefined;
    let level = {
      set: operation.selectionSet,
      types: [root] as readonly GraphQLObjectType[],
      page: maxPageSize,
      top: true,
    };
    for (;;) {
      let best:
        | { type: GraphQLObjectType; field: GraphQLField<unknown, unknown>; node: FieldNode; cost: number }
        | undefined;
      for (const type of level.types) {
        for (const node of fieldsOn(level.set, type)) {
          const field = fieldOf(type, node);
          const cost = field ? fieldCost(type, field, node, level.page, level.top) : 0;
          if (field && cost > (best?.cost ?? 0)) best = { type, field, node, cost };
        }
      }
      if (!best) return part;
      path.push(best.node.alias?.value ?? best.node.name.value);
      const why = declaredWork(best.field)?.why;
      const named = getNamedType(best.field.type);
      if (isLeafType(named)) return why ? { path, nodes: part?.nodes ?? best.cost, why } : part;
      const { items, childPage, childTop } = shapeOf(best.type, best.field, best.node, level.page);
      if (items > 1 || why || !part)
        part = { path: [...path], nodes: part?.nodes ?? best.cost, ...(why ? { why } : {}) };
      if (!best.node.selectionSet) return part;
      level = {
        set: best.node.selectionSet,
        types: typesOf(named as GraphQLCompositeType),
        page: childPage,
        top: childTop,
      };
    }
  };

  return { total, dearest };
}

function argumentsOf(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown> | undefined,
): Record<string, unknown> | undefined {
  if (!variables) return undefined;
  try {
    return getArgumentValues(field, node, variables);
  } catch {
    return undefined;
  }
}

/** first/last outside 0..100 are refused here, before any SQL, with paginate's message. */
function checkedPage(args: Record<string, unknown> | undefined): number {
  for (const name of ["first", "last"] as const) {
    const value = args?.[name];
    if (typeof value === "number" && (value < 0 || value > maxPageSize)) {
      throw new AppError("BAD_USER_INPUT", `${name}: ${value} is outside 0..${maxPageSize}, the largest page`, {
        field: name,
      });
    }
  }
  return pageSize(args);
}

/** A declared size argument (participants' first) over its maximum is refused here too, before any SQL. */
function checkedDeclared(field: string, size: ListSize, args: Record<string, unknown> | undefined): number {
  const value = size.sizeArg ? args?.[size.sizeArg] : undefined;
  if (typeof value === "number" && (value < 0 || value > size.max)) {
    throw new AppError("BAD_USER_INPUT", `${field}.${size.sizeArg}: ${value} is outside 0..${size.max}`, {
      field: size.sizeArg,
    });
  }
  return declaredItems(size, args);
}

/** The refusal: names the estimate and the limit, so a caller knows how much to ask for less. */
export function costLimitError(estimate: number, max: number, dearest?: DearestPart): GraphQLError {
  const where = dearest
    ? `; the dearest part is ${dearest.path.join(".")} (${dearest.path[0]}: ${dearest.nodes} nodes${dearest.why ? `; ${dearest.path.at(-1)} ${dearest.why}` : ""})`
    : "";
  return new GraphQLError(
    `query would return an estimated ${estimate} nodes, over the limit of ${max}${where}: ask for smaller pages (first/last) or fewer nested lists`,
    {
      extensions: {
        code: costLimitCode,
        limit: "cost",
        actual: estimate,
        max,
        ...(dearest ? { dearest: { path: dearest.path, nodes: dearest.nodes } } : {}),
        http: { status: 400 },
      },
    },
  );
}

export type CostOptions = { schema: GraphQLSchema; maxCost: number };

// A repeated query with the same declared variables costs the same: measured once.
const costs = new PerDocumentCache<number>();

/** Refuses operations over the node limit before execution and reports the estimate of the others. */
export function costPlugin({ schema, maxCost }: CostOptions): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let cost: number | undefined;
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) return;
          const variables = request.variables ?? {};
          const key = operationKey(operation, variables);
          try {
            cost = costs.get(document, key) ?? estimateNodes(schema, document, operation, variables);
            costs.set(document, key, cost);
          } catch (error) {
            // Refused before execution (a page out of range): the caller's request is at fault, so 400.
            const refusal = error as GraphQLError;
            throw new GraphQLError(refusal.message, {
              extensions: { ...refusal.extensions, http: { status: 400 } },
              originalError: refusal,
            });
          }
          if (cost > maxCost) throw costLimitError(cost, maxCost, dearestPart(schema, document, operation, variables));
        },
        async willSendResponse({ response }) {
          // Only operations that ran (by resolvers or compiled SQL) report a cost; refused ones carry no data.
          if (cost === undefined || response.body.kind !== "single") return;
          const result = response.body.singleResult;
          if (!("data" in result)) return;
          result.extensions = { ...result.extensions, cost: { requested: cost, max: maxCost } };
        },
      };
    },
  };
}
