import { makeEngagement, seedDatabase } from "@accord/db";
import type { Browser, Page } from "playwright-core";
import { createAccordServer } from "../src/server";
import { loadTrustedDocuments } from "../src/trusted-documents/manifest";
import {
  finish as finishPage,
  launchExplorerBrowser,
  type OpenedPage,
  openPage as openBrowserPage,
  screenshotAccessible,
  searchLabel,
} from "./support/explorer-browser";
import { startTestServer, type TestServer } from "./support/test-server";

// page.evaluate callbacks run in the browser; the DOM they read, typed without the DOM lib.
declare const document: { documentElement: { scrollWidth: number }; activeElement: { textContent: string } | null };

// The explorer (apps/web, built by `pnpm build`) in Debian's chromium against the real server on the seed; on
// every page axe-core finds no serious or critical violation (contrast, names, roles).
let t: TestServer;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  t = await startTestServer();
  await seedDatabase(t.db.prisma);
  origin = new URL(t.url).origin.replace("localhost", "127.0.0.1");
  browser = await launchExplorerBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

const openPage = (viewport?: { width: number; height: number }) => openBrowserPage(browser, viewport);
const finish = (opened: OpenedPage) => finishPage(opened, origin);

async function search(page: Page, text: string) {
  await page.getByLabel(searchLabel).fill(text);
}

/** A link among the search results (not elsewhere on the page), once the results for the text have come. */
function result(page: Page, name: string) {
  return page.getByRole("region", { name: "Search results" }).getByRole("link", { name, exact: true }).first();
}

describe("the explorer in headless Chromium", () => {
  it("searches Rutte, opens the 2025-04-02 meeting and statement 7's source with the passage highlighted", async () => {
    const opened = await openPage();
    const { page } = opened;
    await page.goto(`${origin}/`);
    await page
      .getByRole("region", { name: "All commitments, pledged vs delivered" })
      .getByRole("link")
      .first()
      .waitFor();
    await screenshotAccessible(page, "explorer-home", { fullPage: true });
    await search(page, "Rutte");
    const meeting = result(page, "Cho Tae-yul – Mark Rutte meeting");
    await meeting.waitFor({ timeout: 30_000 });
    await screenshotAccessible(page, "explorer-search");
    await meeting.click();

    await page.getByRole("heading", { name: "Cho Tae-yul – Mark Rutte meeting", level: 2 }).waitFor();
    await expect(page.getByText("2 April 2025").first().isVisible()).resolves.toBe(true);
    const participants = page.getByRole("region", { name: "Participants" });
    await expect(participants.getByRole("link", { name: "Mark Rutte" }).count()).resolves.toBeGreaterThan(0);
    await page.getByRole("link", { name: "Source of statement 7", exact: true }).waitFor();
    const statements = await page
      .locator(".statements > li")
      .evaluateAll((items) => items.map((item) => Number((item as unknown as { value: number }).value)));
    expect(statements).toEqual([...statements].sort((a, b) => a - b));
    expect(statements).toContain(7);
    await screenshotAccessible(page, "explorer-engagement", { fullPage: true });

    await page.getByRole("link", { name: "Source of statement 7", exact: true }).click();
    const mark = page.locator("mark");
    await mark.waitFor();
    // What the server holds for statement 7's citation: the highlighted text is the source's text at its offsets.
    const { data } = await t.gql<{
      engagements: {
        edges: {
          node: {
            statements: {
              edges: {
                node: {
                  position: number;
                  citations: {
                    startOffset: number;
                    endOffset: number;
                    source: { content: string; url: string | null; publisher: { name: string } };
                  }[];
                };
              }[];
            };
          };
        }[];
      };
    }>(
      `{ engagements(first: 1) { edges { node { statements(first: 20) { edges { node { position
         citations { startOffset endOffset source { content url publisher { name } } } } } } } } } }`,
    );
    const seven = data?.engagements.edges[0]?.node.statements.edges.find((e) => e.node.position === 7)?.node;
    const citation = seven?.citations[0];
    expect(citation).toBeDefined();
    expect(await mark.textContent()).toBe(citation?.source.content.slice(citation.startOffset, citation.endOffset));
    await expect(page.locator(".facts dd").first().textContent()).resolves.toBe(citation?.source.publisher.name);
    // The source's link, or "none" when the seed's source has no URL.
    const link = citation?.source.url;
    if (link) await expect(page.getByRole("link", { name: link, exact: true }).count()).resolves.toBe(1);
    else await expect(page.locator(".facts dd").last().textContent()).resolves.toBe("none");
    await expect(mark.isVisible()).resolves.toBe(true);
    await screenshotAccessible(page, "explorer-source");
    await finish(opened);
  }, 120_000);

  it("opens the Republic of Korea: USD 2.4 billion pledged, split into announced and delivered; the bar opens them", async () => {
    const opened = await openPage();
    const { page } = opened;
    await page.goto(`${origin}/`);
    await search(page, "Republic of Korea");
    await result(page, "Republic of Korea").click();
    await page.getByRole("heading", { name: "Republic of Korea", level: 2 }).waitFor();
    const committed = page.getByRole("region", { name: "Committed, pledged vs delivered" });
    const bar = committed.getByRole("link", { name: /Republic of Korea → Ukraine/ });
    await bar.waitFor({ timeout: 30_000 });
    expect(await bar.textContent()).toBe(
      "Republic of Korea → Ukraine: USD 2.4 billion pledged, USD 400 million delivered" +
        " (by stage: announced USD 2 billion, delivered USD 400 million)",
    );
    await page.locator(".timeline-chart > svg a rect").first().waitFor();
    await screenshotAccessible(page, "explorer-actor", { fullPage: true });

    await bar.click();
    await page.getByRole("heading", { name: "Commitments in USD by Republic of Korea to Ukraine" }).waitFor();
    await page.locator(".commitments > li").nth(1).waitFor();
    const items = await page.locator(".commitments > li").allTextContents();
    expect(items).toHaveLength(2);
    expect(items.join("\n")).toMatch(/\$2 billion/);
    expect(items.join("\n")).toMatch(/\$400 million/);
    await screenshotAccessible(page, "explorer-commitments", { fullPage: true });
    await finish(opened);
  }, 120_000);

  it("works from the keyboard and fits a phone-sized screen", async () => {
    const opened = await openPage({ width: 390, height: 844 });
    const { page } = opened;
    await page.goto(`${origin}/`);
    await page.getByLabel(searchLabel).waitFor();
    await page.keyboard.press("Tab"); // the skip button
    await page.keyboard.press("Tab"); // the site's name
    await page.keyboard.press("Tab"); // the search box
    await page.keyboard.type("Rutte");
    await result(page, "Mark Rutte").waitFor({ timeout: 30_000 });
    await page.keyboard.press("ArrowDown");
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
    expect(focused).not.toBe("");
    await page.keyboard.press("Enter");
    await page.locator("main h2").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshotAccessible(page, "explorer-phone", { fullPage: true });
    await finish(opened);
  }, 120_000);

  it("says what failed when a request fails", async () => {
    const opened = await openPage();
    const { page } = opened;
    await page.route("**/graphql", (route) => route.abort());
    await page.goto(`${origin}/#/engagement/RW5nYWdlbWVudDpub25l`);
    const alert = page.getByRole("alert");
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toMatch(/^Could not load the engagement: could not reach \/graphql/);
    await screenshotAccessible(page, "explorer-error");
    await finish(opened);
  }, 120_000);

  it("works on a server running only trusted documents (ACCORD_TRUSTED_DOCUMENTS=sdk)", async () => {
    const trusted = await createAccordServer({ prisma: t.db.prisma, trustedDocuments: loadTrustedDocuments("sdk") });
    const { url } = await trusted.listen(0, "127.0.0.1");
    const trustedOrigin = new URL(url).origin.replace("localhost", "127.0.0.1");
    const opened = await openPage();
    const { page } = opened;
    const refused: string[] = [];
    page.on("response", async (response) => {
      if (response.url().endsWith("/graphql") && (await response.text()).includes("PERSISTED_QUERY_NOT_ALLOWED")) {
        refused.push(response.url());
      }
    });
    try {
      await page.goto(`${trustedOrigin}/`);
      await search(page, "Rutte");
      await result(page, "Cho Tae-yul – Mark Rutte meeting").click();
      await page.getByRole("link", { name: "Source of statement 7", exact: true }).click();
      await page.locator("mark").waitFor({ timeout: 30_000 });
      await search(page, "Republic of Korea");
      await result(page, "Republic of Korea").click();
      await page.getByRole("link", { name: /Republic of Korea → Ukraine/ }).click({ timeout: 30_000 });
      await page.getByRole("heading", { name: "Commitments in USD by Republic of Korea to Ukraine" }).waitFor();
      expect(await page.getByRole("alert").count()).toBe(0);
      expect(refused).toEqual([]);
      // The server does run only trusted documents: a query of its own is refused.
      const own = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ actors(first: 1) { totalCount } }" }),
      });
      expect(await own.text()).toContain("PERSISTED_QUERY_NOT_ALLOWED");
      await opened.context.close();
      expect(opened.errors).toEqual([]);
    } finally {
      await trusted.stop();
    }
  }, 120_000);

  it("draws a partial date as the span it covers: the 2024 briefing the whole year, a 2024-05 visit the month", async () => {
    const rok = await t.db.prisma.actor.findFirstOrThrow({ where: { name: "Republic of Korea" } });
    await makeEngagement(t.db.prisma, {
      kind: "VISIT",
      title: "A visit known to the month",
      start: "2024-05",
      participants: [{ actorId: rok.id }],
    });
    const opened = await openPage();
    const { page } = opened;
    await page.goto(`${origin}/`);
    await search(page, "Republic of Korea");
    await result(page, "Republic of Korea").click();
    await page.getByRole("group", { name: "Zoom" }).getByRole("button", { name: "2024", exact: true }).click();
    const svg = page.locator(".timeline-chart > svg");
    const bar = async (name: RegExp) => {
      const rect = page.getByRole("link", { name }).locator("rect");
      const [x, width] = await Promise.all([rect.getAttribute("x"), rect.getAttribute("width")]);
      return { x: Number(x), width: Number(width) };
    };
    // The year on the axis runs from the left margin to the right one (16 px each).
    const left = 16;
    const year = Number(await svg.getAttribute("width")) - 2 * left;
    const briefing = await bar(/^ROK briefing to the North Atlantic Council.*, 2024$/);
    expect(briefing.x).toBeCloseTo(left, 0);
    expect(briefing.width).toBeCloseTo(year, 0);
    // May 2024: from day 121 of the leap year to day 152, 31 of its 366 days.
    const may = await bar(/^A visit known to the month, May 2024$/);
    expect(may.x).toBeCloseTo(left + (year * 121) / 366, 0);
    expect(may.width).toBeCloseTo((year * 31) / 366, 0);
    await screenshotAccessible(page, "explorer-timeline-partial");
    await finish(opened);
  }, 120_000);
});
