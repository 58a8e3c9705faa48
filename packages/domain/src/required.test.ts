import { MissingValueError, required } from "./required";

describe("required", () => {
  it("returns present values, falsy ones included", () => {
    expect(required(0, "a count")).toBe(0);
    expect(required("", "a name")).toBe("");
    expect(required(false, "a flag")).toBe(false);
  });

  it.each([null, undefined])("throws a MissingValueError naming what was expected for %p", (value) => {
    expect(() => required(value, "the commitment's snapshot")).toThrow(
      new MissingValueError("the commitment's snapshot"),
    );
    expect(() => required(value, "x")).toThrow("expected x, found nothing");
  });
});
