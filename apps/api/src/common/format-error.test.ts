import { GraphQLError } from "graphql";
import { AppError } from "./errors";
import { formatErrorFor } from "./format-error";

const asFormatted = (error: GraphQLError) => error.toJSON();

describe("formatErrorFor", () => {
  it("hides the message of an unexpected error outside development", () => {
    const raw = new GraphQLError("Invalid `prisma.actor.findMany()` invocation: connection refused", {
      path: ["actors"],
      originalError: new Error("connection refused"),
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    expect(formatErrorFor(false)(asFormatted(raw), raw)).toEqual({
      message: "Internal server error",
      locations: undefined,
      path: ["actors"],
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    expect(formatErrorFor(true)(asFormatted(raw), raw).message).toContain("connection refused");
  });

  it("keeps application errors as they are", () => {
    const error = new AppError("CONFLICT", "Actor X was changed by someone else", { field: "input.version" });
    expect(formatErrorFor(false)(asFormatted(error), error)).toEqual({
      message: "Actor X was changed by someone else",
      extensions: { code: "CONFLICT", field: "input.version" },
    });
  });
});
