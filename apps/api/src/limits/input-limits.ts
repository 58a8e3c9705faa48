import { ownEntry } from "@accord/domain";
import {
  type GraphQLArgument,
  type GraphQLInputType,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from "graphql";
import { getMetadataStorage } from "type-graphql";
import { getMetadataStorage as validationMetadata } from "../common/class-validator";
import { AppError } from "../common/errors";

/** Characters of a free-text input (search text, filters, names) unless its input class declares `@MaxLength`. */
export const defaultMaxLength = 1_000;
/** Characters of an ID: Accord's global IDs are under 100. */
export const maxIdLength = 100;
/** Items of a list input (ID lists, filters, links) unless its input class declares `@ArrayMaxSize`. */
export const defaultMaxItems = 100;

/** The largest string and list an input position accepts. */
export type InputBound = { maxLength: number; maxItems: number };

/**
 * Bounds declared on input classes with class-validator's `@MaxLength` / `@ArrayMaxSize` (the rules the
 * writes already validate), keyed by "InputType.field"; every other input takes the defaults above.
 */
export function declaredInputBounds(): Map<string, Partial<InputBound>> {
  const bounds = new Map<string, Partial<InputBound>>();
  const rules = validationMetadata();
  const storage = getMetadataStorage();
  for (const input of storage.inputTypes) {
    // Fields inherited from a base class (SourceFieldsBase …) count too.
    const byProperty = new Map<string, string>();
    for (const field of storage.fields) {
      if (field.target === input.target || input.target.prototype instanceof field.target) {
        byProperty.set(field.name, field.schemaName);
      }
    }
    for (const rule of rules.getTargetValidationMetadatas(input.target, "", true, false)) {
      const fieldName = byProperty.get(rule.propertyName);
      const limit = rule.constraints?.[0];
      if (!fieldName || typeof limit !== "number") continue;
      const key = `${input.name}.${fieldName}`;
      if (rule.name === "maxLength") bounds.set(key, { ...bounds.get(key), maxLength: limit });
      if (rule.name === "arrayMaxSize") bounds.set(key, { ...bounds.get(key), maxItems: limit });
    }
  }
  return bounds;
}

/** The bound of one input position: declared, or the default for its type (IDs are always short). */
export function boundOf(type: GraphQLInputType, declared: Partial<InputBound> | undefined): InputBound {
  const named = getNamedType(type);
  return {
    maxLength: named.name === "ID" ? maxIdLength : (declared?.maxLength ?? defaultMaxLength),
    maxItems: declared?.maxItems ?? defaultMaxItems,
  };
}

/** Refuses an argument value over its bounds, naming the field, the argument path and the limit. */
export class InputLimits {
  private readonly declared = declaredInputBounds();

  check(fieldName: string, args: readonly GraphQLArgument[], values: Record<string, unknown>): void {
    for (const arg of args) {
      if (Object.hasOwn(values, arg.name)) {
        this.checkValue(fieldName, arg.name, arg.type, boundOf(arg.type, undefined), values[arg.name]);
      }
    }
  }

  private checkValue(field: string, path: string, type: GraphQLInputType, bound: InputBound, value: unknown): void {
    if (value === null || value === undefined) return;
    const nullable = isNonNullType(type) ? type.ofType : type;
    if (isListType(nullable)) {
      if (!Array.isArray(value)) return;
      if (value.length > bound.maxItems)
        refuse(field, path, `holds ${value.length} items`, "inputItems", value.length, bound.maxItems);
      for (const [index, item] of value.entries()) {
        this.checkValue(field, `${path}[${index}]`, nullable.ofType, bound, item);
      }
      return;
    }
    if (typeof value === "string") {
      if (value.length > bound.maxLength) {
        refuse(field, path, `is ${value.length} characters long`, "inputLength", value.length, bound.maxLength);
      }
      return;
    }
    const inputType = getNullableType(nullable);
    if (!isInputObjectType(inputType) || typeof value !== "object") return;
    const fields = inputType.getFields();
    for (const [name, item] of Object.entries(value)) {
      const fieldType = ownEntry(fields, name)?.type;
      if (!fieldType) continue;
      const declared = this.declared.get(`${inputType.name}.${name}`);
      this.checkValue(field, `${path}.${name}`, fieldType, boundOf(fieldType, declared), item);
    }
  }
}

function refuse(field: string, path: string, what: string, limit: string, actual: number, max: number): never {
  throw new AppError("BAD_USER_INPUT", `Argument ${path} of ${field} ${what}, over the limit of ${max}`, {
    argument: `${field}(${path})`,
    // The path alone, as the writes' own validation names it (input.participants[0].titleAsReported).
    field: path,
    limit,
    actual,
    max,
    http: { status: 400 },
  });
}
