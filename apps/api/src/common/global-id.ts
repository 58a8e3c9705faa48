import { AppError } from "./errors";

/** Opaque global IDs: base64url of "Type:databaseId", so clients never build or parse them. */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, "utf8").toString("base64url");
}

export type GlobalId = { type: string; id: string };

export function fromGlobalId(globalId: string): GlobalId {
  const decoded = Buffer.from(globalId, "base64url").toString("utf8");
  const colon = decoded.indexOf(":");
  if (
    colon <= 0 ||
    colon === decoded.length - 1 ||
    toGlobalId(decoded.slice(0, colon), decoded.slice(colon + 1)) !== globalId
  ) {
    throw new AppError("BAD_USER_INPUT", `"${globalId}" is not an Accord ID`);
  }
  // Database IDs are uuids, which PostgreSQL reads in either case: lower case, so equal IDs compare equal.
  return { type: decoded.slice(0, colon), id: decoded.slice(colon + 1).toLowerCase() };
}

export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The database ID inside a global ID of the expected type; `field` names the argument at fault. */
export function decodeId(globalId: string, expectedType: string, field = "id"): string {
  const { type, id } = fromGlobalIdFor(globalId, field);
  if (type !== expectedType || !uuidPattern.test(id)) {
    throw new AppError("BAD_USER_INPUT", `${field}: "${globalId}" is not the ID of a ${expectedType}`, { field });
  }
  return id;
}

function fromGlobalIdFor(globalId: string, field: string): GlobalId {
  try {
    return fromGlobalId(globalId);
  } catch {
    throw new AppError("BAD_USER_INPUT", `${field}: "${globalId}" is not an Accord ID`, { field });
  }
}
