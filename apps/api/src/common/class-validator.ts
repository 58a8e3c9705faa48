// class-validator's index loads all of its decorators, and with them validator and libphonenumber-js, in every
// process and test file; the API takes the rules it uses from their own files. Its metadata storage is global,
// so rules registered here are the ones class-validator's index sees.
import type * as ClassValidator from "class-validator";
import type { ValidationError, ValidatorOptions } from "class-validator";

export type { ValidationError, ValidationOptions } from "class-validator";

type Lib = typeof ClassValidator;
const from = <K extends keyof Lib>(file: string, name: K): Lib[K] => require(`class-validator/cjs/${file}`)[name];

export const ArrayMaxSize = from("decorator/array/ArrayMaxSize", "ArrayMaxSize");
export const IsArray = from("decorator/typechecker/IsArray", "IsArray");
export const IsBoolean = from("decorator/typechecker/IsBoolean", "IsBoolean");
export const IsDate = from("decorator/typechecker/IsDate", "IsDate");
export const IsEnum = from("decorator/typechecker/IsEnum", "IsEnum");
export const IsInt = from("decorator/typechecker/IsInt", "IsInt");
export const IsOptional = from("decorator/common/IsOptional", "IsOptional");
export const IsString = from("decorator/typechecker/IsString", "IsString");
export const IsUrl = from("decorator/string/IsUrl", "IsUrl");
export const Matches = from("decorator/string/Matches", "Matches");
export const MaxLength = from("decorator/string/MaxLength", "MaxLength");
export const Min = from("decorator/number/Min", "Min");
export const MinLength = from("decorator/string/MinLength", "MinLength");
export const ValidateIf = from("decorator/common/ValidateIf", "ValidateIf");
export const ValidateNested = from("decorator/common/ValidateNested", "ValidateNested");
export const getMetadataStorage = from("metadata/MetadataStorage", "getMetadataStorage");

const getFromContainer = from("container", "getFromContainer");
const Validator = from("validation/Validator", "Validator");

/** class-validator's `validate(object, options)`, as its index defines it. */
export function validate(object: object, options?: ValidatorOptions): Promise<ValidationError[]> {
  return getFromContainer(Validator).validate(object, options);
}
