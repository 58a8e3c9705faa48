import { interchangeSchema } from "@accord/domain";
import Ajv2020, { type ErrorObject } from "ajv/dist/2020";

export type SchemaError = { path: string; message: string };

const ajv = new Ajv2020({ allErrors: true, discriminator: true, strict: false });
const validate = ajv.compile(interchangeSchema);

function describe(error: ErrorObject): SchemaError {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === "additionalProperties" || error.keyword === "unevaluatedProperties") {
    return {
      path: `${error.instancePath}/${String(params.additionalProperty ?? params.unevaluatedProperty)}`,
      message: "is not a field of this record",
    };
  }
  if (error.keyword === "required") {
    return { path: `${error.instancePath}/${String(params.missingProperty)}`, message: "is required" };
  }
  if (error.keyword === "enum") {
    return { path: error.instancePath, message: `must be one of ${(params.allowedValues as unknown[]).join(", ")}` };
  }
  return { path: error.instancePath, message: error.message ?? error.keyword };
}

/** Checks one record against the interchange JSON Schema; every error, with its field path. */
export function checkSchema(record: unknown): SchemaError[] {
  if (validate(record)) return [];
  const seen = new Set<string>();
  const errors: SchemaError[] = [];
  for (const error of validate.errors ?? []) {
    const described = describe(error);
    const key = `${described.path} ${described.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      errors.push(described);
    }
  }
  return errors;
}
