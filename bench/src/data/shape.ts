// How big each table is for a given number of engagements, and the deterministic IDs rows get.
import { createHash } from "node:crypto";

export type DataShape = {
  engagements: number;
  actors: number;
  states: number;
  organizations: number;
  topics: number;
  sources: number;
};

/** ~10 engagements per actor, 200 states and 50 organisations (the committers), 60 topics. */
export function shapeOf(engagements: number): DataShape {
  return {
    engagements,
    actors: Math.max(400, Math.round(engagements / 10)),
    states: 200,
    organizations: 50,
    topics: 60,
    sources: Math.max(10, Math.round(engagements / 100)),
  };
}

/** The person whose timeline Q2 reads: 50–70 engagements at every size (persons start at 250). */
export const timelineActorIndex = 300;

/** The engagement Q5 starts from is the newest; Q2's actor is found by this ID. */
export function rowId(label: string, index: number): string {
  const hex = createHash("md5").update(`${label}:${index}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
