import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from "graphql";

/** A small seeded PRNG (mulberry32): the same seed gives the same operation. */
export class Rng {
  constructor(private state: number) {}
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
}

export type Operation = { query: string; variables: Record<string, unknown> };

/** Any JSON value as a GraphQL literal (strings escaped as JSON, which GraphQL mostly shares). */
export function literal(value: unknown, rng: Rng): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map((item) => literal(item, rng)).join(", ")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value).map(
      ([key, item]) => `${key.replace(/\W/g, "_") || "k"}: ${literal(item, rng)}`,
    );
    return `{${entries.join(", ")}}`;
  }
  return rng.pick(["0", '""', "null", "ENUM_VALUE"]);
}

type Build = {
  schema: GraphQLSchema;
  rng: Rng;
  pool: unknown[];
  variables: Record<string, unknown>;
  definitions: string[];
  aliases: number;
};

function fromPool(b: Build): unknown {
  return b.pool[b.rng.int(b.pool.length)];
}

function stringFromPool(b: Build): string {
  for (let tries = 0; tries < 20; tries += 1) {
    const value = fromPool(b);
    if (typeof value === "string") return value;
  }
  return "";
}

/** A value of the argument's type most of the time, anything from the pool otherwise. */
function typedValue(type: GraphQLInputType, b: Build, depth: number): string {
  const { rng } = b;
  if (rng.chance(0.1) || depth > 3) return literal(fromPool(b), rng);
  if (isNonNullType(type)) return typedValue(type.ofType, b, depth);
  if (isListType(type)) {
    const items = Array.from({ length: rng.int(4) }, () => typedValue(type.ofType, b, depth + 1));
    return `[${items.join(", ")}]`;
  }
  if (isEnumType(type)) return rng.pick(type.getValues()).name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) || rng.chance(0.4));
    return `{${fields.map((f) => `${f.name}: ${typedValue(f.type, b, depth + 1)}`).join(", ")}}`;
  }
  if (isScalarType(type) && (type.name === "Int" || type.name === "Float")) {
    return rng.pick(["0", "1", "5", "20", "100", "101", "-1", "2147483648", "1e3", "0.5"]);
  }
  if (isScalarType(type) && type.name === "Boolean") return rng.pick(["true", "false"]);
  // String, ID and custom scalars (Date, Decimal …): a string from the pool, hostile or not.
  return literal(stringFromPool(b), rng);
}

function argument(arg: GraphQLArgument, b: Build): string | undefined {
  const { rng } = b;
  const required = isNonNullType(arg.type);
  if (!required && !rng.chance(0.5)) return undefined;
  if (required && rng.chance(0.05)) return undefined;
  if (rng.chance(0.35)) {
    const name = `v${b.definitions.length}`;
    const declared = rng.chance(0.9) ? String(arg.type) : rng.pick(["String", "Int!", "[ID]", "Boolean"]);
    b.definitions.push(`$${name}: ${declared}`);
    b.variables[name] = rng.chance(0.5) ? fromPool(b) : JSON.parse(typedJson(arg.type, b));
    return `${arg.name}: $${name}`;
  }
  return `${arg.name}: ${typedValue(arg.type, b, 0)}`;
}

/** typedValue's literal as JSON, where it is JSON (enum names become strings). */
function typedJson(type: GraphQLInputType, b: Build): string {
  const text = typedValue(type, b, 2);
  try {
    JSON.parse(text);
    return text;
  } catch {
    return JSON.stringify(text);
  }
}

function selection(type: GraphQLNamedType, b: Build, depth: number): string {
  const { rng } = b;
  if (isUnionType(type) || isInterfaceType(type)) {
    const possible = isUnionType(type) ? type.getTypes() : b.schema.getPossibleTypes(type);
    const picked = possible.length ? [rng.pick(possible), rng.pick(possible)] : [];
    const fragments = picked.map((t) => `... on ${t.name} ${selection(t, b, depth)}`);
    const own = isInterfaceType(type) ? fields(type.getFields(), b, depth) : [];
    return `{ __typename ${own.join(" ")} ${fragments.join(" ")} }`;
  }
  if (!isObjectType(type)) return "";
  return `{ ${fields(type.getFields(), b, depth).join(" ") || "__typename"} }`;
}

function fields(map: Record<string, GraphQLField<unknown, unknown>>, b: Build, depth: number): string[] {
  const { rng } = b;
  // Distinct fields (mostly): the same field twice with other arguments is a conflict, not a test.
  const all = Object.values(map).sort(() => rng.next() - 0.5);
  const chosen = all.slice(0, 1 + rng.int(4));
  if (rng.chance(0.05)) chosen.push(rng.pick(all));
  return chosen.map((field) => {
    const args = field.args.map((arg) => argument(arg, b)).filter(Boolean);
    const named = getNamedType(field.type);
    const leaf = isScalarType(named) || isEnumType(named);
    b.aliases += 1;
    const alias = rng.chance(0.15) ? `a${b.aliases}: ` : "";
    const inner = leaf || depth > 6 ? "" : ` ${selection(named, b, depth + 1)}`;
    if (!leaf && !inner) return "__typename";
    return `${alias}${field.name}${args.length ? `(${args.join(", ")})` : ""}${inner}`;
  });
}

/** A query built from the schema: real fields and arguments, values often hostile, sometimes ill-typed. */
export function generateOperation(schema: GraphQLSchema, rng: Rng, pool: unknown[]): Operation {
  const b: Build = { schema, rng, pool, variables: {}, definitions: [], aliases: 0 };
  const query = schema.getQueryType()!;
  const body = fields(query.getFields(), b, 0).join(" ");
  const header = b.definitions.length ? `query Fuzz(${b.definitions.join(", ")}) ` : "";
  return { query: `${header}{ ${body} }`, variables: b.variables };
}

const debris = [
  "{",
  "}",
  "(",
  ")",
  "[",
  "]",
  ":",
  "$",
  "@",
  "!",
  "...",
  ",",
  '"',
  "\\",
  "#",
  "\n",
  "query",
  "on",
  "fragment",
  "mutation",
  "subscription",
  "__schema",
  "𝒜",
  "\u0000",
];

/** Breaks a document: cut, truncate, duplicate or insert debris. */
export function mutateDocument(text: string, rng: Rng): string {
  let out = text;
  for (let i = 0, n = 1 + rng.int(3); i < n; i += 1) {
    const at = rng.int(out.length + 1);
    const len = 1 + rng.int(12);
    switch (rng.int(4)) {
      case 0:
        out = out.slice(0, at) + out.slice(at + len);
        break;
      case 1:
        out = out.slice(0, at);
        break;
      case 2:
        out = out.slice(0, at) + out.slice(at, at + len).repeat(1 + rng.int(4)) + out.slice(at);
        break;
      default:
        out = out.slice(0, at) + rng.pick(debris) + out.slice(at);
    }
  }
  return out;
}
