import { registerEnumType } from "type-graphql";

/** The values of an enum object made by describedEnum (or of a TypeScript enum). */
export type EnumOf<E> = E[keyof E];

/**
 * A GraphQL enum whose values are their own names, each written once with its description:
 * `export const X = describedEnum("X", "What X is.", { A: "What A means." }); export type X = EnumOf<typeof X>;`
 */
export function describedEnum<const V extends Record<string, string>>(
  name: string,
  description: string,
  values: V,
): { readonly [K in Extract<keyof V, string>]: K } {
  const keys = Object.keys(values);
  const members = Object.fromEntries(keys.map((key) => [key, key])) as { [K in Extract<keyof V, string>]: K };
  const valuesConfig = Object.fromEntries(keys.map((key) => [key, { description: values[key] }])) as Partial<
    Record<Extract<keyof V, string>, { description?: string }>
  >;
  registerEnumType(members, { name, description, valuesConfig });
  return members;
}
