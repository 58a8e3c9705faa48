import schema from "./schema.json";

export * from "./types";

/** The JSON Schema (draft 2020-12) of one interchange record. */
export const interchangeSchema: Record<string, unknown> = schema;
