import {
  defaultFieldResolver,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
} from "graphql";
import { Extensions } from "type-graphql";
import { AppError } from "../common/errors";
import { defaultPageSize, maxPageSize } from "../common/paginate";

/**
 * How many items a list field can return: `max`, or the value of its `sizeArg` argument (a number, or
 * a list such as `nodes(ids:)` whose length counts) with `default` when the argument is left out; a
 * grouping (`groupsArg`, a list of keys) returns at most the product of its keys' `groupSizes`, capped at `max`
 * (and at its `sizeArg`, when given).
 */
export type ListSize = {
  max: number;
  default?: number;
  sizeArg?: string;
  groupsArg?: string;
  groupSizes?: Record<string, number>;
  /** Keys every grouping has, asked for or not (commitmentTotals' CURRENCY). */
  alwaysGrouped?: string[];
};

const extensionName = "listSize";

/**
 * Declares a list field's size, the one place the cost model (limits/cost.ts) reads it from. A list
 * with no size argument returns at most `max` items (enforceListSizes), so its price holds.
 */
export const ListSize = (size: ListSize) => Extensions({ [extensionName]: size });

/** Lists without pages (agenda, citations, aliases …): large enough for any real record, priced at that. */
export const smallListMax = 100;
/** Narrower topics of one topic. */
export const maxTopicChildren = 500;
/** IDs of one nodes(ids:) call. */
export const maxNodeIds = 100;
/** Groups of one commitmentTotals answer. */
export const maxTotalGroups = 10_000;
/** Years a grouping by year is priced for (and answers at most): 1700–2199 covers every record Accord holds. */
export const pricedYears = 500;

/** A field returning a `…Connection` (edges, a page at a time), priced by first/last. */
export function isConnectionField(field: GraphQLField<unknown, unknown>): boolean {
  return isConnectionType(getNamedType(field.type));
}

export function isConnectionType(type: GraphQLNamedType): boolean {
  return isObjectType(type) && type.name.endsWith("Connection") && "edges" in type.getFields();
}

export type Pricing =
  | { kind: "declared"; size: ListSize }
  | { kind: "page" }
  | { kind: "edges" }
  | { kind: "single" }
  | { kind: "unpriced" };

/** How the cost model prices a field of `parent`; `unpriced` is a list nobody declared (the schema test fails on it). */
export function pricingOf(parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>): Pricing {
  const declared = field.extensions?.[extensionName] as ListSize | undefined;
  if (declared) return { kind: "declared", size: declared };
  if (isConnectionField(field)) {
    return field.args.some((arg) => arg.name === "first") ? { kind: "page" } : { kind: "unpriced" };
  }
  if (!isListType(getNullableType(field.type))) return { kind: "single" };
  if (isConnectionType(parent) && field.name === "edges") return { kind: "edges" };
  return { kind: "unpriced" };
}

/** The page a connection field asks for (first/last, 20 by default), with paginate's bounds. */
export function pageSize(args: Record<string, unknown> | undefined): number {
  if (!args) return maxPageSize;
  const size = (args.first ?? args.last ?? defaultPageSize) as number;
  return Math.min(Math.max(size, 0), maxPageSize);
}

/** Items a declared list returns with these arguments (its maximum when they are unknown). */
export function declaredItems(size: ListSize, args: Record<string, unknown> | undefined): number {
  if (size.groupsArg && size.groupSizes) {
    // A grouping's size argument (first) cuts its groups further.
    const first = size.sizeArg ? args?.[size.sizeArg] : undefined;
    const groups = groupedItems(size, args?.[size.groupsArg]);
    return typeof first === "number" ? Math.min(groups, Math.max(first, 0)) : groups;
  }
  if (!size.sizeArg) return size.max;
  if (!args) return size.max;
  const value = args[size.sizeArg];
  if (Array.isArray(value)) return value.length;
  if (typeof value === "number") return Math.max(value, 0);
  return size.default ?? size.max;
}

/** The most groups a grouping by these keys can make (every key's groups multiplied), at most `max`. */
export function groupedItems(size: ListSize, keys: unknown): number {
  if (!Array.isArray(keys)) return size.max;
  const product = [...new Set([...(size.alwaysGrouped ?? []), ...keys])].reduce(
    (n: number, key) => n * (size.groupSizes?.[String(key)] ?? size.max),
    1,
  );
  return Math.min(product, size.max);
}

/** The refusal of a grouping with more groups than its price allows (groupSizes): never an answer cut short. */
export const tooManyGroups = (limit: number) =>
  new AppError("BAD_USER_INPUT", `groupBy: more than ${limit} groups; narrow the filter or group by fewer keys`, {
    field: "groupBy",
  });

/**
 * Lists declared without a size argument return at most their `max` items, whatever the data holds,
 * so the price the cost model set for them is a bound and not a guess.
 */
export function enforceListSizes(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const pricing = pricingOf(type, field as GraphQLField<unknown, unknown>);
      if (pricing.kind !== "declared" || pricing.size.sizeArg) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const max = pricing.size.max;
      field.resolve = (source, args, context, info) => {
        const result = resolve(source, args, context, info);
        return result instanceof Promise ? result.then((items) => atMost(items, max)) : atMost(result, max);
      };
    }
  }
}

const atMost = (items: unknown, max: number) =>
  Array.isArray(items) && items.length > max ? items.slice(0, max) : items;
