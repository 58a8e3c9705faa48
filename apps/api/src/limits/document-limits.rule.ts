import {
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { limitError } from "./limit-error";

export type DocumentLimits = { maxDepth: number; maxAliases: number; maxDirectives: number };

export type DocumentMeasure = { depth: number; aliases: number; directives: number; introspectionLists: number };

// Introspection lists (the spec's, fixed): nested in each other they grow exponentially.
const introspectionLists = new Set([
  "types",
  "fields",
  "args",
  "inputFields",
  "interfaces",
  "possibleTypes",
  "enumValues",
  "directives",
]);

/** GraphiQL's own introspection query nests three lists (types → fields → args); more is refused. */
export const maxIntrospectionLists = 3;

type Reach = { depth: number; lists: number };

/**
 * Depth of each operation (fragments followed, introspection fields counted too except `ofType`, a
 * type wrapper that cannot branch), the introspection lists nested on any path, and aliases and
 * directives over the whole document.
 */
export function measureDocument(document: DocumentNode): DocumentMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  // Memoised per fragment and context so that fragments spread many times cannot make this exponential.
  const fragmentReach = new Map<string, Reach>();
  const deeper = (a: Reach, b: Reach): Reach => ({
    depth: Math.max(a.depth, b.depth),
    lists: Math.max(a.lists, b.lists),
  });
  const reachOf = (set: SelectionSetNode | undefined, visiting: Set<string>, inIntrospection: boolean): Reach => {
    let reach: Reach = { depth: 0, lists: 0 };
    if (!set) return reach;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const introspection = inIntrospection || name === "__schema" || name === "__type";
        const child = reachOf(selection.selectionSet, visiting, introspection);
        reach = deeper(reach, {
          depth: child.depth + (introspection && name === "ofType" ? 0 : 1),
          lists: child.lists + (inIntrospection && introspectionLists.has(name) ? 1 : 0),
        });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        reach = deeper(reach, reachOf(selection.selectionSet, visiting, inIntrospection));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // A cycle is reported by graphql's own NoFragmentCycles rule; here it just stops.
        if (!fragment || visiting.has(name)) continue;
        const key = `${inIntrospection}:${name}`;
        let known = fragmentReach.get(key);
        if (!known) {
          visiting.add(name);
          known = reachOf(fragment.selectionSet, visiting, inIntrospection);
          visiting.delete(name);
          fragmentReach.set(key, known);
        }
        reach = deeper(reach, known);
      }
    }
    return reach;
  };
  let depth = 0;
  let lists = 0;
  let aliases = 0;
  let directives = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      const reach = reachOf(definition.selectionSet, new Set(), false);
      depth = Math.max(depth, reach.depth);
      lists = Math.max(lists, reach.lists);
    }
  }
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    if (!node || typeof node !== "object") return;
    const record = node as { kind?: string; alias?: unknown };
    if (record.kind === Kind.FIELD && record.alias) aliases += 1;
    if (record.kind === Kind.DIRECTIVE) directives += 1;
    for (const [key, value] of Object.entries(node)) {
      if (key !== "loc" && value && typeof value === "object") walk(value);
    }
  };
  walk(document.definitions);
  return { depth, aliases, directives, introspectionLists: lists };
}

/** A validation rule that refuses documents over the depth, alias or directive limits. */
export function documentLimitsRule(limits: DocumentLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    Document(node) {
      const { depth, aliases, directives, introspectionLists: lists } = measureDocument(node);
      if (lists > maxIntrospectionLists) {
        context.reportError(
          limitError(
            "introspection",
            `${lists} nested introspection lists exceed the limit of ${maxIntrospectionLists}`,
            lists,
            maxIntrospectionLists,
          ),
        );
      }
      if (depth > limits.maxDepth) {
        context.reportError(
          limitError("depth", `query depth ${depth} exceeds the limit of ${limits.maxDepth}`, depth, limits.maxDepth),
        );
      }
      if (aliases > limits.maxAliases) {
        context.reportError(
          limitError(
            "aliases",
            `${aliases} aliases exceed the limit of ${limits.maxAliases}`,
            aliases,
            limits.maxAliases,
          ),
        );
      }
      if (directives > limits.maxDirectives) {
        context.reportError(
          limitError(
            "directives",
            `${directives} directives exceed the limit of ${limits.maxDirectives}`,
            directives,
            limits.maxDirectives,
          ),
        );
      }
      return false;
    },
  });
}
