import {
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
} from "graphql";
import type { AppError } from "../common/errors";
import { buildAccordSchema } from "../schema/build-schema";
import {
  boundOf,
  declaredInputBounds,
  defaultMaxItems,
  defaultMaxLength,
  InputLimits,
  maxIdLength,
} from "./input-limits";

let schema: GraphQLSchema;
let limits: InputLimits;
beforeAll(async () => {
  schema = await buildAccordSchema();
  limits = new InputLimits();
});

type Position = { field: string; arg: GraphQLArgument; path: string[]; type: GraphQLInputType; declaredOn?: string };

/** Every place an argument value can hold a string or a list: arguments and input fields, nested. */
function positions(): Position[] {
  const found: Position[] = [];
  const walk = (base: Omit<Position, "type" | "declaredOn">, type: GraphQLInputType, declaredOn?: string) => {
    const named = getNamedType(type);
    const nullable = isNonNullType(type) ? type.ofType : type;
    if (isListType(nullable) || named.name === "String" || named.name === "ID")
      found.push({ ...base, type, declaredOn });
    if (!isInputObjectType(named) || base.path.length > 4) return;
    for (const inner of Object.values(named.getFields())) {
      walk({ ...base, path: [...base.path, inner.name] }, inner.type, `${named.name}.${inner.name}`);
    }
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      for (const arg of field.args) walk({ field: field.name, arg, path: [arg.name] }, arg.type);
    }
  }
  return found;
}

function wrapListsAbove(position: Position, inner: unknown): unknown {
  // Input fields above the position that are lists: the value is placed inside a one-item list.
  let type: GraphQLInputType = position.arg.type;
  let value: unknown = inner;
  const wraps: boolean[] = [];
  for (const name of position.path.slice(1)) {
    const named = getNamedType(type);
    const nullable = isNonNullType(type) ? type.ofType : type;
    wraps.push(isListType(nullable));
    if (!isInputObjectType(named)) break;
    type = named.getFields()[name]!.type;
  }
  for (let depth = position.path.length - 1; depth >= 1; depth -= 1) {
    value = { [position.path[depth]!]: value };
    if (wraps[depth - 1]) value = [value];
  }
  return value;
}

function check(position: Position, leaf: unknown): AppError | undefined {
  try {
    limits.check(position.field, [position.arg], { [position.arg.name]: wrapListsAbove(position, leaf) });
    return undefined;
  } catch (error) {
    return error as AppError;
  }
}

const bound = (position: Position) => boundOf(position.type, declaredInputBounds().get(position.declaredOn ?? ""));

test("every string, ID and list input of the schema refuses a value over its bound, naming the argument", () => {
  const all = positions();
  expect(all.length).toBeGreaterThan(100);
  for (const position of all) {
    const { maxLength, maxItems } = bound(position);
    const nullable = isNonNullType(position.type) ? position.type.ofType : position.type;
    const listed = isListType(nullable);
    const isText = ["String", "ID"].includes(getNamedType(position.type).name);
    const argPath = position.path.join(".");
    if (listed) {
      const item = isText ? "x" : null;
      expect(
        check(
          position,
          Array.from({ length: maxItems }, () => item),
        ),
      ).toBeUndefined();
      const error = check(
        position,
        Array.from({ length: maxItems + 1 }, () => item),
      );
      expect({ position: `${position.field}(${argPath})`, extensions: error?.extensions }).toEqual({
        position: `${position.field}(${argPath})`,
        extensions: expect.objectContaining({
          code: "BAD_USER_INPUT",
          argument: expect.stringMatching(
            new RegExp(`^${position.field}\\(${argPath.replaceAll(".", "(\\[0\\])?\\.")}\\)$`),
          ),
          limit: "inputItems",
          max: maxItems,
        }),
      });
    }
    if (isText) {
      const at = "x".repeat(maxLength);
      const over = "x".repeat(maxLength + 1);
      expect(check(position, listed ? [at] : at)).toBeUndefined();
      const error = check(position, listed ? [over] : over);
      expect({ position: `${position.field}(${argPath})`, limit: error?.extensions.limit }).toEqual({
        position: `${position.field}(${argPath})`,
        limit: "inputLength",
      });
      expect(error!.message).toContain(
        `of ${position.field} is ${maxLength + 1} characters long, over the limit of ${maxLength}`,
      );
    }
  }
});

test("the issue's inputs: search text, filter.text and participants.allOf", () => {
  const search = schema.getQueryType()!.getFields().search!;
  expect(() => limits.check("search", search.args, { query: "e".repeat(defaultMaxLength + 1) })).toThrow(
    `Argument query of search is ${defaultMaxLength + 1} characters long, over the limit of ${defaultMaxLength}`,
  );
  const engagements = schema.getQueryType()!.getFields().engagements!;
  expect(() => limits.check("engagements", engagements.args, { filter: { text: "t".repeat(5000) } })).toThrow(
    "Argument filter.text of engagements is 5000 characters long",
  );
  const allOf = Array.from({ length: defaultMaxItems + 1 }, () => "QWN0b3I6eA");
  expect(() => limits.check("engagements", engagements.args, { filter: { participants: { allOf } } })).toThrow(
    `Argument filter.participants.allOf of engagements holds ${defaultMaxItems + 1} items, over the limit of ${defaultMaxItems}`,
  );
  expect(() =>
    limits.check("engagements", engagements.args, {
      filter: { participants: { allOf: ["x".repeat(maxIdLength + 1)] } },
    }),
  ).toThrow("Argument filter.participants.allOf[0] of engagements");
});

test("bounds declared with class-validator on write inputs are the ones enforced", () => {
  const declared = declaredInputBounds();
  expect(declared.get("CreateSourceInput.content")).toEqual({ maxLength: 2_000_000 });
  expect(declared.get("CreateEngagementInput.participants")).toEqual({ maxItems: 500 });
  expect(declared.get("UpdateEngagementInput.summary")?.maxLength).toBeGreaterThan(defaultMaxLength);
  // Inputs built from one field list (writes/write-inputs.ts) carry their rules too.
  expect(declared.get("CreateTopicInput.description")?.maxLength).toBeGreaterThan(defaultMaxLength);
  expect(declared.get("UpdateActorInput.description")?.maxLength).toBeGreaterThan(defaultMaxLength);
});
