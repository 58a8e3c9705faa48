import { type GraphQLSchema, getNamedType, isObjectType } from "graphql";
import { partialDateFields } from "./partial-date.fields";
import { partialDateValue } from "./partial-date.value";

/**
 * Gives every field of type PartialDate its resolver from partialDateFields, walking the built schema:
 * a PartialDate field with no entry there, or an entry with no field, fails the build.
 */
export function applyPartialDates(schema: GraphQLSchema): void {
  const unused = new Set(
    Object.entries(partialDateFields).flatMap(([type, fields]) => Object.keys(fields).map((f) => `${type}.${f}`)),
  );
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (getNamedType(field.type).name !== "PartialDate") continue;
      const columns = partialDateFields[type.name]?.[field.name];
      if (!columns) throw new Error(`${type.name}.${field.name} is a PartialDate missing from partialDateFields`);
      unused.delete(`${type.name}.${field.name}`);
      field.resolve = (row) => partialDateValue(row as Record<string, unknown>, columns);
    }
  }
  if (unused.size) throw new Error(`partialDateFields names fields the schema lacks: ${[...unused].join(", ")}`);
}
