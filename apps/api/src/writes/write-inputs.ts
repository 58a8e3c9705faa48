import { ownEntry } from "@accord/domain";
import { type GraphQLSchema, isInputObjectType } from "graphql";
import { Field, ID, InputType, Int } from "type-graphql";
import { IsInt, IsString, Min } from "../common/class-validator";
import { NotNullIfPresent, OptionalOrNull } from "./input-rules";

type TypeFunc = Parameters<typeof Field>[0] & (() => unknown);

/**
 * One field of an entity's write inputs, declared once for its Create and Update input classes.
 * `T` is the field's TypeScript type; `K` says how each input treats it:
 * - "required": the create input needs it (non-null); an update may leave it out but not set it to null.
 * - "optional": absent or null in a create means none; null in an update clears it.
 * - "kept": optional in both but never null (a default applies on create; an update sets a new value).
 * - "noClear": absent or null in a create means none (or the default); an update may set it, not null it
 *   (a list given replaces the old one).
 */
export type WriteField<T, K extends FieldKind = FieldKind> = {
  kind: K;
  type: TypeFunc;
  description: string;
  /** The update input's description where it says more (what null or a new list does there). */
  update?: string;
  /** Why the field is deprecated and what to use instead (the schema marks it @deprecated). */
  deprecated?: string;
  /** class-validator rules for a value that is given. */
  rules?: PropertyDecorator[];
  /** Phantom: the field's TypeScript type. */
  value?: T;
};
export type FieldKind = "required" | "optional" | "kept" | "noClear";

/** A write field: `field<string>()({ kind: "required", … })` keeps the value type and the kind. */
export const field =
  <T>() =>
  <K extends FieldKind>(spec: WriteField<T, K>): WriteField<T, K> =>
    spec;

// biome-ignore lint/suspicious/noExplicitAny: a map of fields of any value type.
type Fields = Record<string, WriteField<any>>;
type ValueOf<F> = F extends WriteField<infer T> ? T : never;
type KeysOf<F extends Fields, K extends FieldKind> = { [N in keyof F]: F[N]["kind"] extends K ? N : never }[keyof F];

/** The create input's properties: required ones present, optional ones absent or null. */
export type CreateOf<F extends Fields> = { [N in KeysOf<F, "required">]: ValueOf<F[N]> } & {
  [N in KeysOf<F, "optional" | "noClear">]?: ValueOf<F[N]> | null;
} & { [N in KeysOf<F, "kept">]?: ValueOf<F[N]> };

/** The update input's properties: every one may be absent; only optional ones may be null. */
export type UpdateOf<F extends Fields> = { [N in KeysOf<F, "required" | "kept" | "noClear">]?: ValueOf<F[N]> } & {
  [N in KeysOf<F, "optional">]?: ValueOf<F[N]> | null;
};

/**
 * Deprecations of write-input fields by input type name (CreateEngagementInput): type-graphql 2.0.0-rc.4
 * drops a base class's input-field deprecations, so applyInputDeprecations sets them on the built schema.
 */
const deprecations = new Map<string, Record<string, string>>();

function declareFields(target: object, fields: Fields, mode: "create" | "update", inputName: string): void {
  for (const [name, spec] of Object.entries(fields)) {
    if (spec.deprecated) deprecations.set(inputName, { ...deprecations.get(inputName), [name]: spec.deprecated });
    const required = mode === "create" && spec.kind === "required";
    const description = mode === "update" ? (spec.update ?? spec.description) : spec.description;
    const nullMeansNone = spec.kind === "optional" || (mode === "create" && spec.kind === "noClear");
    const decorators = [
      Field(spec.type, {
        nullable: !required,
        description,
        ...(spec.deprecated ? { deprecationReason: spec.deprecated } : {}),
      }),
      ...(required ? [] : [nullMeansNone ? OptionalOrNull() : NotNullIfPresent()]),
      ...(spec.rules ?? []),
    ];
    for (const decorate of decorators) decorate(target, name);
  }
}

/**
 * The base class of an entity's Create input: each field declared once in `fields`, decorated for
 * GraphQL (type-graphql) and validation (class-validator). `class CreateXInput extends createFields("X", xFields)`;
 * `inputName` is the subclass's GraphQL name where it is not CreateXInput.
 */
export function createFields<F extends Fields>(
  entity: string,
  fields: F,
  inputName = `Create${entity}Input`,
): new () => CreateOf<F> {
  // type-graphql passes a base input type's fields to its subclasses; this one is never used directly.
  @InputType(`${inputName}FieldsBase`)
  class CreateFields {}
  declareFields(CreateFields.prototype, fields, "create", inputName);
  return CreateFields as new () => CreateOf<F>;
}

/** What every Update input has besides its fields: the record's ID and, where it is versioned, the version read. */
export type UpdateKey<V extends boolean> = { id: string } & (V extends true ? { version: number } : unknown);

/**
 * The base class of an entity's Update input from the same fields, every one optional, with the record's
 * `id` and (`versioned`) the `version` an optimistic write compares.
 */
export function updateFields<F extends Fields, V extends boolean = false>(
  entity: string,
  fields: F,
  options: { versioned?: V } = {},
): new () => UpdateOf<F> & UpdateKey<V> {
  const inputName = `Update${entity}Input`;
  @InputType(`${inputName}FieldsBase`)
  class UpdateFields {}
  const target = UpdateFields.prototype;
  Field(() => ID, { description: `The ${entity.toLowerCase()} to change.` })(target, "id");
  IsString()(target, "id");
  if (options.versioned) {
    Field(() => Int, { description: "The version you read; a stale one is a CONFLICT." })(target, "version");
    IsInt()(target, "version");
    Min(1)(target, "version");
  }
  declareFields(target, fields, "update", inputName);
  return UpdateFields as new () => UpdateOf<F> & UpdateKey<V>;
}

/** Marks the deprecated write-input fields on the built schema; an input named apart from its entity fails. */
export function applyInputDeprecations(schema: GraphQLSchema): void {
  for (const [typeName, fields] of deprecations) {
    const type = schema.getType(typeName);
    if (!isInputObjectType(type)) throw new Error(`${typeName}: write fields declared for an input the schema lacks`);
    for (const [name, reason] of Object.entries(fields)) {
      const field = ownEntry(type.getFields(), name);
      if (!field) throw new Error(`${typeName}.${name}: a deprecation declared for a field the input lacks`);
      field.deprecationReason = reason;
    }
  }
}
