// Times an actor's timeline in the explorer, measured inside the page: shared by the explorer's browser tests
// (which check every engagement is drawn) and `pnpm bench:explorer` (bench/src/explorer, which prints the figures).
import type { Page } from "playwright-core";

export type TimelineTiming = {
  engagements: number;
  /** From navigation to the explorer asking for the timeline (loading and starting the app). */
  requestedMs: number;
  /** From navigation to the actor's timeline answered (the API's share). */
  fetchMs: number;
  /** From that answer to the timeline drawn with every engagement, a frame later (the explorer's share). */
  renderMs: number;
  totalMs: number;
};

// Installed before the page's own scripts: notes when the (last) answer of ExplorerActorTimeline was read.
const noteEngagementPages = `{
  const fetch = window.fetch.bind(window);
  window.__engagementsAnswered = 0;
  window.__timelineRequested = 0;
  window.fetch = async (input, init) => {
    const timeline = String(init?.body ?? "").includes('"operationName":"ExplorerActorTimeline"');
    if (timeline && !window.__timelineRequested) window.__timelineRequested = performance.now();
    const response = await fetch(input, init);
    if (timeline) {
      await response.clone().text();
      window.__engagementsAnswered = performance.now();
    }
    return response;
  };
}`;

const bars = ".timeline-chart > svg a rect";

// What the page's functions below use of the DOM (the bench compiles without the DOM's types).
declare const document: { querySelectorAll(selector: string): { length: number } };
declare function requestAnimationFrame(callback: () => void): number;

/** The bars the timeline holds now. */
export async function timelineBars(page: Page): Promise<number> {
  return page.locator(bars).count();
}

/**
 * Opens an actor's page and times its timeline of `count` engagements, measured in the page. Gives up after
 * `timeoutMs` (the bars drawn by then are in the error).
 */
export async function timeTimeline(
  page: Page,
  url: string,
  count: number,
  timeoutMs = 60_000,
): Promise<TimelineTiming> {
  await page.addInitScript(noteEngagementPages);
  await page.goto(url);
  try {
    await page.waitForFunction(
      ({ selector, expected }) => document.querySelectorAll(selector).length >= expected,
      { selector: bars, expected: count },
      { polling: "raf", timeout: timeoutMs },
    );
  } catch {
    throw new Error(`${url}: ${await timelineBars(page)} of ${count} engagements drawn after ${timeoutMs} ms`);
  }
  // A frame after the last bar went in: drawn, not only in the document.
  const drawn = await page.evaluate(
    () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
  );
  const noted = (await page.evaluate("[window.__timelineRequested, window.__engagementsAnswered]")) as number[];
  const [requestedMs, fetchMs, totalMs] = [...noted, drawn].map((ms) => Math.round(Number(ms))) as [
    number,
    number,
    number,
  ];
  return { engagements: count, requestedMs, fetchMs, renderMs: totalMs - fetchMs, totalMs };
}

/**
 * SQL for the actor with the most engagements (of one kind, when given: `'PERSON'`), taking part or represented
 * by who did: `id`, `name`, `engagements`. The actor whose timeline is the longest to draw.
 */
export function busiestActorSql(kind?: "PERSON"): string {
  return `SELECT a.id::text, a.name, count(DISTINCT x.engagement_id)::int AS engagements
    FROM (SELECT actor_id, engagement_id FROM participant
          UNION ALL SELECT represents_id, engagement_id FROM participant WHERE represents_id IS NOT NULL) x
    JOIN actor a ON a.id = x.actor_id ${kind ? `WHERE a.kind = '${kind}'` : ""}
    GROUP BY a.id, a.name ORDER BY engagements DESC, a.name LIMIT 1`;
}
