import type { Role } from "@accord/db";
import type { AuthCheckerFn } from "type-graphql";
import { AppError } from "../common/errors";
import type { Context } from "../context";

/** Checks `@Authorized(...roles)`: no valid token is UNAUTHENTICATED, a token of another role FORBIDDEN. */
export const authChecker: AuthCheckerFn<Context, Role> = ({ context, info }, roles) => {
  const field = `${info.parentType.name}.${info.fieldName}`;
  if (!context.viewer) {
    const why = context.authProblem ? `: ${context.authProblem}` : "";
    throw new AppError("UNAUTHENTICATED", `${field} needs an API token (Authorization: Bearer <token>)${why}`);
  }
  if (roles.length > 0 && !roles.includes(context.viewer.role)) {
    throw new AppError(
      "FORBIDDEN",
      `${field} needs the role ${roles.join(" or ")}; the token "${context.viewer.name}" has ${context.viewer.role}`,
    );
  }
  return true;
};

/** Roles that may write. */
export const writerRoles: Role[] = ["EDITOR", "ADMIN"];
