import type { QualifiedDate } from "@accord/domain";
import { ID, Int } from "type-graphql";
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from "../common/class-validator";
import { DateScalar, DecimalScalar } from "../common/scalars";
import { EdtfScalar } from "../dates/edtf.scalar";
import type { FieldKind, WriteField } from "./write-inputs";

/**
 * The shapes write fields take (a reference, a bounded text, a date …), each with its GraphQL type and
 * validation written once: `title: text("A short title.", 500, { kind: "required" })`.
 */
export type ShapeOptions<K extends FieldKind> = {
  /** How the Create and Update inputs treat the field (default "optional"). */
  kind?: K;
  update?: string;
  deprecated?: string;
  /** Rules beyond the shape's own, checked after them. */
  rules?: PropertyDecorator[];
};

type TypeFunc = WriteField<unknown>["type"];

function shaped<T, K extends FieldKind>(
  type: TypeFunc,
  rules: PropertyDecorator[],
  description: string,
  options: ShapeOptions<K>,
): WriteField<T, NoInfer<K>> {
  const { kind = "optional" as K, rules: more = [], ...rest } = options;
  return { ...rest, kind, type, description, rules: [...rules, ...more] };
}

/** The ID of another record. */
export const ref = <K extends FieldKind = "optional">(description: string, options: ShapeOptions<K> = {}) =>
  shaped<string, K>(() => ID, [IsString()], description, options);

/** A list of other records' IDs (a list given replaces the old one). */
export const refs = <K extends FieldKind = "optional">(description: string, options: ShapeOptions<K> = {}) =>
  shaped<string[], K>(() => [ID], [IsArray(), IsString({ each: true })], description, options);

/** Text of at most `max` characters; a required one may not be empty. */
export const text = <K extends FieldKind = "optional">(
  description: string,
  max: number,
  options: ShapeOptions<K> = {},
) =>
  shaped<string, K>(
    () => String,
    [IsString(), ...(options.kind === "required" ? [MinLength(1)] : []), MaxLength(max)],
    description,
    options,
  );

/** One value of a GraphQL enum. */
export const choice = <E extends object, K extends FieldKind = "optional">(
  values: E,
  description: string,
  options: ShapeOptions<K> = {},
) => shaped<E[keyof E], K>(() => values, [IsEnum(values)], description, options);

/** An exact day. */
export const day = <K extends FieldKind = "optional">(description: string, options: ShapeOptions<K> = {}) =>
  shaped<Date, K>(() => DateScalar, [IsDate()], description, options);

/** A date as the source gives it (EDTF: 2024, 2025-04, 2025-04-02?); the scalar checks it. */
export const edtf = <K extends FieldKind = "optional">(description: string, options: ShapeOptions<K> = {}) =>
  shaped<QualifiedDate, K>(() => EdtfScalar, [], description, options);

export const flag = <K extends FieldKind = "optional">(description: string, options: ShapeOptions<K> = {}) =>
  shaped<boolean, K>(() => Boolean, [IsBoolean()], description, options);

/** A whole number from 0. */
export const count = <K extends FieldKind = "optional">(description: string, options: ShapeOptions<K> = {}) =>
  shaped<number, K>(() => Int, [IsInt(), Min(0)], description, options);

/** An exact decimal, as text ("2000000000"). */
export const decimal = <K extends FieldKind = "optional">(description: string, options: ShapeOptions<K> = {}) =>
  shaped<string, K>(() => DecimalScalar, [IsString()], description, options);

export const currencyMessage = "currency must be three capital letters (ISO 4217), e.g. USD";

/** An ISO 4217 currency code. */
export const currency = <K extends FieldKind = "optional">(description: string, options: ShapeOptions<K> = {}) =>
  shaped<string, K>(() => String, [Matches(/^[A-Z]{3}$/, { message: currencyMessage })], description, options);

/** A list of nested inputs, each validated, of at most `max` when given. */
export const nested = <C extends new () => object, K extends FieldKind = "optional">(
  input: C,
  description: string,
  options: ShapeOptions<K> & { max?: number } = {},
) => {
  const { max, ...rest } = options;
  const bound = max === undefined ? [] : [ArrayMaxSize(max)];
  return shaped<InstanceType<C>[], K>(
    () => [input],
    [IsArray(), ...bound, ValidateNested({ each: true })],
    description,
    rest,
  );
};
