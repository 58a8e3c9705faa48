import type { ValidatorFn } from "type-graphql";
import { type ValidationError, validate } from "../common/class-validator";
import { AppError } from "../common/errors";

/** BAD_USER_INPUT naming the field path and the rule broken. */
export function badInput(field: string, rule: string): AppError {
  return new AppError("BAD_USER_INPUT", `${field}: ${rule}`, { field });
}

function firstError(errors: ValidationError[], path: string): { field: string; rule: string } | null {
  for (const error of errors) {
    const field = /^\d+$/.test(error.property) ? `${path}[${error.property}]` : `${path}.${error.property}`;
    if (error.constraints && Object.keys(error.constraints).length > 0) {
      return { field, rule: Object.values(error.constraints).join("; ") };
    }
    const nested = firstError(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/** An `@Arg` validateFn: class-validator rules, failing with the path of the first bad field (input.participants[2].actorId). */
export function validateInput(argName: string): ValidatorFn {
  return async (value) => {
    if (value === null || typeof value !== "object") return;
    const items = Array.isArray(value) ? value : [value];
    for (const [index, item] of items.entries()) {
      const errors = await validate(item as object, { forbidUnknownValues: false, skipMissingProperties: false });
      const path = Array.isArray(value) ? `${argName}[${index}]` : argName;
      const found = firstError(errors, path);
      if (found) throw badInput(found.field, found.rule);
    }
  };
}
