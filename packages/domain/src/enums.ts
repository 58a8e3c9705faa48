// The vocabularies of the data model; values mirror the enums of prisma/schema.prisma (a test keeps them equal).

export const actorKinds = [
  "STATE",
  "INTERNATIONAL_ORGANIZATION",
  "ORGANIZATION_BODY",
  "PERSON",
  "ORGANIZATION",
  "OTHER",
] as const;
export type ActorKind = (typeof actorKinds)[number];

export const datePrecisions = ["DAY", "MONTH", "YEAR"] as const;
export type DatePrecision = (typeof datePrecisions)[number];

export const engagementKinds = [
  "BILATERAL_MEETING",
  "MULTILATERAL_MEETING",
  "VISIT",
  "CALL",
  "SUMMIT",
  "CONFERENCE",
  "BRIEFING",
  "NEGOTIATION",
  "SIGNING",
  "OTHER",
] as const;
export type EngagementKind = (typeof engagementKinds)[number];

export const engagementStatuses = ["PLANNED", "HELD", "CANCELLED"] as const;
export type EngagementStatus = (typeof engagementStatuses)[number];

export const participantRoles = [
  "HOST",
  "VISITOR",
  "PARTICIPANT",
  "CHAIR",
  "BRIEFER",
  "AUDIENCE",
  "OBSERVER",
  "GUEST",
] as const;
export type ParticipantRole = (typeof participantRoles)[number];

export const statementKinds = [
  "WELCOME",
  "POSITION",
  "REQUEST",
  "PROPOSAL",
  "DEMAND",
  "AGREEMENT",
  "APPRECIATION",
  "PLEDGE",
  "HOPE",
  "CONCERN",
  "CONDEMNATION",
  "ANNOUNCEMENT",
  "OTHER",
] as const;
export type StatementKind = (typeof statementKinds)[number];

export const commitmentKinds = [
  "FINANCIAL",
  "HUMANITARIAN",
  "MILITARY",
  "INSTITUTIONAL",
  "COOPERATION",
  "POLICY",
] as const;
export type CommitmentKind = (typeof commitmentKinds)[number];

export const commitmentStatuses = [
  "PROPOSED",
  "ANNOUNCED",
  "PLEDGED",
  "IN_PROGRESS",
  "DELIVERED",
  "CANCELLED",
  "LAPSED",
] as const;
export type CommitmentStatus = (typeof commitmentStatuses)[number];

export const commitmentInstruments = [
  "GRANT",
  "LOAN",
  "GUARANTEE",
  "IN_KIND",
  "BUDGET_SUPPORT",
  "TECHNICAL_ASSISTANCE",
] as const;
export type CommitmentInstrument = (typeof commitmentInstruments)[number];

export const commitmentStageKinds = [
  "PROPOSED",
  "ANNOUNCED",
  "PLEDGED",
  "COMMITTED",
  "ALLOCATED",
  "DISBURSED",
  "DELIVERED",
  "CANCELLED",
  "LAPSED",
] as const;
export type CommitmentStageKind = (typeof commitmentStageKinds)[number];

export const valuationMethods = [
  "AS_REPORTED",
  "MARKET_PRICE",
  "REPLACEMENT_COST",
  "BOOK_VALUE",
  "ANALYST_ESTIMATE",
  "OTHER",
] as const;
export type ValuationMethod = (typeof valuationMethods)[number];

export const commitmentLinkKinds = ["FOLLOWS", "SUPERSEDES", "PART_OF", "RESTATES"] as const;
export type CommitmentLinkKind = (typeof commitmentLinkKinds)[number];

export const sourceKinds = ["NEWS_ARTICLE", "OFFICIAL_RECORD", "PRESS_RELEASE", "DATASET", "OTHER"] as const;
export type SourceKind = (typeof sourceKinds)[number];

export const roles = ["READER", "EDITOR", "ADMIN"] as const;
export type Role = (typeof roles)[number];

/** Every vocabulary by the name of its Prisma enum. */
export const vocabularies = {
  ActorKind: actorKinds,
  DatePrecision: datePrecisions,
  EngagementKind: engagementKinds,
  EngagementStatus: engagementStatuses,
  ParticipantRole: participantRoles,
  StatementKind: statementKinds,
  CommitmentKind: commitmentKinds,
  CommitmentStatus: commitmentStatuses,
  CommitmentLinkKind: commitmentLinkKinds,
  CommitmentStageKind: commitmentStageKinds,
  CommitmentInstrument: commitmentInstruments,
  ValuationMethod: valuationMethods,
  SourceKind: sourceKinds,
  Role: roles,
} as const;

/** True when `value` is one of `vocabulary`'s values (narrows the type). */
export function isOneOf<T extends string>(vocabulary: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (vocabulary as readonly string[]).includes(value);
}
