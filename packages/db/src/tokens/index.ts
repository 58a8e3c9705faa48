export { generateTokenSecret, hashTokenSecret, tokenPrefix } from "./secret";
export {
  type ApiTokenSummary,
  type CreateApiTokenOptions,
  createApiToken,
  listApiTokens,
  type RevokeApiTokenOptions,
  revokeApiToken,
  type VerifiedToken,
  type VerifyApiTokenOptions,
  verifyApiToken,
} from "./tokens";
