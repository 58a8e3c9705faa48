import { queryOptions, usePrefetchQuery, useQuery } from "@tanstack/react-query";
import { request } from "../api/client";
import { ActorTimelineQuery } from "./actor.query";

/** The most engagements the API gives in one timeline list. */
const timelineList = 5_000;

/** One list of an actor's timeline, after the engagement `after` when given. */
async function timelinePart(id: string, after: string | null) {
  const data = await request(ActorTimelineQuery, { id, first: timelineList, after });
  return data.node?.__typename === "Actor" ? data.node.timeline : [];
}

/** Every engagement of an actor for the timeline: one request, unless it holds more than a list gives. */
const timelineOptions = (id: string) =>
  queryOptions({
    queryKey: ["actor timeline", id],
    queryFn: async () => {
      const all = [];
      let after: string | null = null;
      for (;;) {
        const list = await timelinePart(id, after);
        all.push(...list);
        if (list.length < timelineList) return all;
        after = list[list.length - 1]?.id ?? null;
      }
    },
  });

/**
 * The actor's timeline, asked for while the page renders: before the lists below it, whose requests would
 * otherwise go first (effects run children first) and hold the browser's six connections to the server.
 */
export function useActorTimeline(id: string) {
  usePrefetchQuery(timelineOptions(id));
  return { ...useQuery(timelineOptions(id)), what: "the actor's engagements" };
}
