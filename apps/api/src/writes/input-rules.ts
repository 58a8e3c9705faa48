import { ValidateIf, type ValidationOptions } from "../common/class-validator";

/** Optional in an update (absent = unchanged) but not null: the column cannot be emptied. */
export function NotNullIfPresent(options?: ValidationOptions): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined, options);
}

/** Absent or null both mean "no value" (or "clear it" in an update). */
export function OptionalOrNull(options?: ValidationOptions): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined && value !== null, options);
}

/** BCP 47 language tags as Accord uses them: en, ko, fr, pt-BR, zh-Hant. */
export const languageTagPattern = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Identifier schemes: lower-case words joined by - . _ (iso3166-1-alpha2, wikidata). */
export const schemePattern = /^[a-z0-9][a-z0-9._-]{0,63}$/;
