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

export type DocumentMeasure = { depth: number; aliases: number; directives: number };

/**
 * Depth of each operation (fragments followed, introspection fields not counted, as GraphiQL's
 * introspection query is deep by nature), and aliases and directives over the whole document.
 */
export function measureDocument(document: DocumentNode): DocumentMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  // Memoised per fragment so that fragments spread many times cannot make this exponential.
  const fragmentDepths = new Map<string, number>();
  const depthOf = (set: SelectionSetNode | undefined, visiting: Set<string>): number => {
    if (!set) return 0;
    let deepest = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith("__")) continue;
        deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, visiting) : 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, visiting));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // A cycle is reported by graphql's own NoFragmentCycles rule; here it just stops.
        if (!fragment || visiting.has(name)) continue;
        let fragmentDepth = fragmentDepths.get(name);
        if (fragmentDepth === undefined) {
          visiting.add(name);
          fragmentDepth = depthOf(fragment.selectionSet, visiting);
          visiting.delete(name);
          fragmentDepths.set(name, fragmentDepth);
        }
        deepest = Math.max(deepest, fragmentDepth);
      }
    }
    return deepest;
  };
  let depth = 0;
  let aliases = 0;
  let directives = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      depth = Math.max(depth, depthOf(definition.selectionSet, new Set()));
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
  return { depth, aliases, directives };
}

/** A validation rule that refuses documents over the depth, alias or directive limits. */
export function documentLimitsRule(limits: DocumentLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    Document(node) {
      const { depth, aliases, directives } = measureDocument(node);
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
