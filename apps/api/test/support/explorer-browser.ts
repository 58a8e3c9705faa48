// The explorer (apps/web, built by `pnpm build`) in Debian's chromium: launching it, pages that record what
// they request and every script error, and axe-core's accessibility check run inside a page.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { AxeResults } from "axe-core";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { type TimelineTiming, timeTimeline as timePage } from "./timeline-timing";

const chromiumPath = "/usr/bin/chromium";
export const outputDir = path.resolve(__dirname, "../../../../test-output");
export const searchLabel = "Search actors, engagements, statements and commitments";

// Run in the page, not added as a script tag: the explorer's content security policy allows its own scripts only.
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
declare const axe: { run(context: unknown, options: unknown): Promise<AxeResults> };

export async function launchExplorerBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    execFileSync("bash", [path.resolve(__dirname, "../../../../scripts/ensure-chromium.sh")], { stdio: "ignore" });
  }
  await mkdir(outputDir, { recursive: true });
  return chromium.launch({
    executablePath: chromiumPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
}

export type OpenedPage = { context: BrowserContext; page: Page; requested: string[]; errors: string[] };

/** A page that records every request and script error, for the checks of `finish`. */
export async function openPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport });
  const requested: string[] = [];
  const errors: string[] = [];
  context.on("request", (request) => requested.push(request.url()));
  const page = await context.newPage();
  page.on("pageerror", (error) => errors.push(error.message));
  return { context, page, requested, errors };
}

/** Closes the page: no script error happened and nothing was requested from another host than `origin`. */
export async function finish(opened: OpenedPage, origin: string): Promise<void> {
  await opened.context.close();
  expect(opened.errors).toEqual([]);
  expect(opened.requested.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith("data:"))).toEqual([]);
}

/**
 * axe-core's WCAG 2.x A and AA rules (contrast among them) on the page as it stands: each violation of serious
 * or critical impact, named by rule and by the elements that break it (an empty list when there is none).
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
      resultTypes: ["violations"],
    }),
  );
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
}

declare const document: unknown;

export type { TimelineTiming };

/** Times an actor's timeline in an opened page (timeline-timing.ts, shared with `pnpm bench:explorer`, which prints the figures). */
export function timeTimeline(opened: OpenedPage, url: string, count: number): Promise<TimelineTiming> {
  return timePage(opened.page, url, count);
}

/** A page as the issue asks to see it: its screenshot in test-output/, and no serious or critical axe violation. */
export async function screenshotAccessible(page: Page, name: string, options: { fullPage?: boolean } = {}) {
  await page.screenshot({ path: path.join(outputDir, `${name}.png`), fullPage: options.fullPage ?? false });
  expect(await seriousViolations(page)).toEqual([]);
}
