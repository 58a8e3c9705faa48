import { type GraphQLInputObjectType, isNonNullType } from "graphql";
import { Arg, buildSchema, InputType, Query, Resolver } from "type-graphql";
import { IsArray, IsString, MaxLength, validate } from "../common/class-validator";
import { createFields, field, updateFields } from "./write-inputs";

// Fields of each kind, as an entity of this file's own declares them.
const probeFields = {
  name: field<string>()({ kind: "required", type: () => String, description: "n", rules: [MaxLength(5)] }),
  note: field<string>()({ kind: "optional", type: () => String, description: "o", update: "o; null clears it" }),
  status: field<string>()({ kind: "kept", type: () => String, description: "k", rules: [IsString()] }),
  tags: field<string[]>()({
    kind: "noClear",
    type: () => [String],
    description: "l",
    update: "replaces",
    rules: [IsArray()],
  }),
};

@InputType("CreateProbeInput")
class CreateProbeInput extends createFields("Probe", probeFields) {}

@InputType("UpdateProbeInput")
class UpdateProbeInput extends updateFields("Probe", probeFields, { versioned: true }) {}

@Resolver()
class ProbeResolver {
  @Query(() => Boolean)
  probe(
    @Arg("create", () => CreateProbeInput) _c: CreateProbeInput,
    @Arg("update", () => UpdateProbeInput) _u: UpdateProbeInput,
  ): boolean {
    return true;
  }
}

const errorsOf = async (input: object) => (await validate(input)).map((error) => error.property);

test("a field declared once is non-null only where the create input requires it, described per input", async () => {
  const schema = await buildSchema({ resolvers: [ProbeResolver], validate: false });
  const create = (schema.getType("CreateProbeInput") as GraphQLInputObjectType).getFields();
  const update = (schema.getType("UpdateProbeInput") as GraphQLInputObjectType).getFields();
  expect(Object.keys(create).sort()).toEqual(["name", "note", "status", "tags"]);
  expect(Object.keys(update).sort()).toEqual(["id", "name", "note", "status", "tags", "version"]);
  expect(
    Object.values(create)
      .filter((f) => isNonNullType(f.type))
      .map((f) => f.name),
  ).toEqual(["name"]);
  expect(
    Object.values(update)
      .filter((f) => isNonNullType(f.type))
      .map((f) => f.name),
  ).toEqual(["id", "version"]);
  expect([create.note?.description, update.note?.description]).toEqual(["o", "o; null clears it"]);
  expect([create.tags?.description, update.tags?.description]).toEqual(["l", "replaces"]);
  expect(schema.getType("CreateProbeInputFieldsBase")).toBeUndefined();
});

test("validation: required and kept values checked when given, null only where it means none or clears", async () => {
  const create = (values: object) => Object.assign(new CreateProbeInput(), values);
  const update = (values: object) => Object.assign(new UpdateProbeInput(), { id: "x", version: 1, ...values });
  expect(await errorsOf(create({ name: "ok", note: null, tags: null }))).toEqual([]);
  expect(await errorsOf(create({ name: "too long" }))).toEqual(["name"]);
  expect(await errorsOf(create({ name: "ok", status: null }))).toEqual(["status"]);
  expect(await errorsOf(update({}))).toEqual([]);
  expect(await errorsOf(update({ note: null }))).toEqual([]);
  expect(await errorsOf(update({ name: null, status: null, tags: null }))).toEqual(["name", "status", "tags"]);
});
