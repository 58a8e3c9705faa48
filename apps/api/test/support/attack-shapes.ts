import {
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from "graphql";
import { type Operation, Rng } from "./fuzz-operations";

/**
 * Operations shaped like the attacks, drawn from the schema with a seeded PRNG: lists nested
 * in lists, many aliases of one selection, fragments spread under aliases, page sizes as variables,
 * introspection nested deep. Only fields whose required arguments it can fill are chosen.
 */
export class AttackShapes {
  private readonly rng: Rng;
  private fragments: string[] = [];
  private variables: Record<string, unknown> = {};
  private declarations: string[] = [];

  constructor(
    private readonly schema: GraphQLSchema,
    seed: number,
  ) {
    this.rng = new Rng(seed);
  }

  next(): Operation {
    this.fragments = [];
    this.variables = {};
    this.declarations = [];
    const rng = this.rng;
    const root = this.schema.getQueryType()!;
    const selections: string[] = [];
    const roots = 1 + rng.int(3);
    for (let i = 0; i < roots; i += 1) {
      const selection = rng.chance(0.1) ? this.introspection(2 + rng.int(12)) : this.selection(root, 1 + rng.int(6));
      // Aliases: one selection repeated up to 40 times (the limit is 30).
      const copies = rng.chance(0.4) ? 1 + rng.int(40) : 1;
      for (let copy = 0; copy < copies; copy += 1) selections.push(`a${i}_${copy}: ${selection}`);
    }
    const declared = this.declarations.length ? `(${this.declarations.join(", ")})` : "";
    return {
      query: `query Attack${declared} { ${selections.join(" ")} } ${this.fragments.join(" ")}`,
      variables: this.variables,
    };
  }

  private selection(type: GraphQLObjectType, depth: number): string {
    const field = this.rng.pick(this.fieldsOf(type));
    return `${field.name}${this.args(field)}${this.subSelection(field, depth)}`;
  }

  private subSelection(field: GraphQLField<unknown, unknown>, depth: number): string {
    const named = getNamedType(field.type);
    if (isLeafType(named)) return "";
    const types = isUnionType(named) || isInterfaceType(named) ? this.schema.getPossibleTypes(named) : [named];
    const parts: string[] = ["__typename"];
    for (const type of types) {
      if (!isObjectType(type)) continue;
      const inner: string[] = [];
      // A plain scalar (a JSON object scalar would read as nodes in the answer).
      const leaf = Object.values(type.getFields()).find(
        (f) => isLeafType(getNamedType(f.type)) && !f.args.length && getNamedType(f.type).name !== "JSONObject",
      );
      if (leaf) inner.push(leaf.name);
      const more = depth > 1 ? 1 + this.rng.int(2) : 0;
      for (let i = 0; i < more; i += 1) {
        const candidates = this.fieldsOf(type).filter((f) => !isLeafType(getNamedType(f.type)));
        if (!candidates.length) break;
        const child = this.rng.pick(candidates);
        inner.push(`c${i}: ${child.name}${this.args(child)}${this.subSelection(child, depth - 1)}`);
      }
      const body = inner.join(" ");
      if (types.length > 1) parts.push(`... on ${type.name} { ${body} }`);
      else if (this.rng.chance(0.3)) {
        const name = `F${this.fragments.length}`;
        this.fragments.push(`fragment ${name} on ${type.name} { ${body} }`);
        parts.push(`...${name}`, `...${name}`);
      } else parts.push(body);
    }
    return ` { ${parts.join(" ")} }`;
  }

  private introspection(depth: number): string {
    let selection = "name";
    for (let i = 0; i < depth; i += 1)
      selection = `name ${this.rng.pick(["possibleTypes", "interfaces", "ofType"])} { ${selection} }`;
    return `__schema { types { ${selection} } }`;
  }

  /** Fields whose required arguments this generator can fill (search, first/last, participants' first). */
  private fieldsOf(type: GraphQLObjectType): GraphQLField<unknown, unknown>[] {
    return Object.values(type.getFields()).filter((field) =>
      field.args.every((arg) => !isNonNullType(arg.type) || arg.name === "query"),
    );
  }

  private args(field: GraphQLField<unknown, unknown>): string {
    const args: string[] = [];
    for (const arg of field.args) {
      if (arg.name === "query") args.push(`query: ${JSON.stringify(this.rng.pick(["e", "korea", "nato meeting"]))}`);
      if ((arg.name === "first" || arg.name === "last") && this.rng.chance(0.7)) {
        const size = this.rng.pick([1, 10, 50, 100, 101, 500, 501]);
        if (this.rng.chance(0.5)) {
          const name = `n${this.declarations.length}`;
          this.declarations.push(`$${name}: Int`);
          this.variables[name] = size;
          args.push(`${arg.name}: $${name}`);
        } else args.push(`${arg.name}: ${size}`);
        if (arg.name === "first") break;
      }
    }
    return args.length ? `(${args.join(", ")})` : "";
  }
}

/** Objects in an answer: what the cost model counts (every object is a node; scalars are free). */
export function countNodes(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countNodes(item), 0);
  if (!value || typeof value !== "object") return 0;
  let count = 1;
  for (const item of Object.values(value)) count += countNodes(item);
  return count;
}
