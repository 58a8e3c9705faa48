import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { seedDatabase } from "@accord/db";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { createAccordServer } from "../src/server";
import { loadTrustedDocuments } from "../src/trusted-documents/manifest";
import { generateEngagements } from "./support/generate-engagements";
import { startTestServer, type TestServer } from "./support/test-server";

// page.evaluate callbacks run in the browser; the DOM they read, typed without the DOM lib.
declare const document: { documentElement: { scrollWidth: number }; activeElement: { textContent: string } | null };

// The explorer (apps/web, built by `pnpm build`) in Debian's chromium against the real server on the seed.
const chromiumPath = "/usr/bin/chromium";
const outputDir = path.resolve(__dirname, "../../../test-output");
const searchLabel = "Search actors, engagements, statements and commitments";
let t: TestServer;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  if (!existsSync(chromiumPath)) {
    execFileSync("bash", [path.resolve(__dirname, "../../../scripts/ensure-chromium.sh")], { stdio: "ignore" });
  }
  t = await startTestServer();
  await seedDatabase(t.db.prisma);
  origin = new URL(t.url).origin.replace("localhost", "127.0.0.1");
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  await mkdir(outputDir, { recursive: true });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

/** A page that records every request and script error, for the checks at the end of each test. */
async function openPage(viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const requested: string[] = [];
  const errors: string[] = [];
  context.on("request", (request) => requested.push(request.url()));
  const page = await context.newPage();
  page.on("pageerror", (error) => errors.push(error.message));
  return { context, page, requested, errors };
}

async function finish(opened: { context: BrowserContext; requested: string[]; errors: string[] }) {
  await opened.context.close();
  expect(opened.errors).toEqual([]);
  expect(opened.requested.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith("data:"))).toEqual([]);
}

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
    await search(page, "Rutte");
    const meeting = result(page, "Cho Tae-yul – Mark Rutte meeting");
    await meeting.waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(outputDir, "explorer-search.png") });
    await meeting.click();

    await page.getByRole("heading", { name: "Cho Tae-yul – Mark Rutte meeting", level: 2 }).waitFor();
    await expect(page.getByText("2 April 2025").first().isVisible()).resolves.toBe(true);
    const participants = page.getByRole("region", { name: "Participants" });
    await expect(participants.getByRole("link", { name: "Mark Rutte" }).count()).resolves.toBeGreaterThan(0);
    const statements = await page
      .locator(".statements > li")
      .evaluateAll((items) => items.map((item) => Number((item as unknown as { value: number }).value)));
    expect(statements).toEqual([...statements].sort((a, b) => a - b));
    expect(statements).toContain(7);
    await page.screenshot({ path: path.join(outputDir, "explorer-engagement.png"), fullPage: true });

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
    await page.screenshot({ path: path.join(outputDir, "explorer-source.png") });
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
    await page.locator(".timeline svg rect[fill]").first().waitFor();
    await page.screenshot({ path: path.join(outputDir, "explorer-actor.png"), fullPage: true });

    await bar.click();
    await page.getByRole("heading", { name: "Commitments in USD by Republic of Korea to Ukraine" }).waitFor();
    const items = await page.locator(".commitments > li").allTextContents();
    expect(items).toHaveLength(2);
    expect(items.join("\n")).toMatch(/\$2 billion/);
    expect(items.join("\n")).toMatch(/\$400 million/);
    await page.screenshot({ path: path.join(outputDir, "explorer-commitments.png"), fullPage: true });
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
    await page.screenshot({ path: path.join(outputDir, "explorer-phone.png"), fullPage: true });
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
    await page.screenshot({ path: path.join(outputDir, "explorer-error.png") });
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

  it("draws an actor's timeline of several hundred engagements, and writes how long it took", async () => {
    await generateEngagements(t.db.prisma, { actors: 10, engagements: 1_500 });
    const uuid = createHash("md5").update("a1").digest("hex");
    const actorId = Buffer.from(
      `Actor:${uuid.replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, "$1-$2-$3-$4-$5")}`,
    ).toString("base64");
    const { data } = await t.gql<{ node: { engagements: { totalCount: number } } }>(
      "query ($id: ID!) { node(id: $id) { ... on Actor { engagements(first: 1) { totalCount } } } }",
      { id: actorId },
    );
    const count = data?.node.engagements.totalCount ?? 0;
    expect(count).toBeGreaterThan(300);

    const opened = await openPage();
    const { page } = opened;
    await page.goto(`${origin}/`);
    const started = Date.now();
    await page.goto(`${origin}/#/actor/${encodeURIComponent(actorId)}`);
    await page.getByText(`${count} engagements as a list`).waitFor({ timeout: 30_000 });
    const ms = Date.now() - started;
    expect(await page.locator(".timeline svg a rect").count()).toBe(count);
    await writeFile(
      path.join(outputDir, "explorer-timeline.json"),
      `${JSON.stringify({ engagements: count, msToTimeline: ms }, null, 2)}\n`,
    );
    await page.screenshot({ path: path.join(outputDir, "explorer-timeline.png") });
    await finish(opened);
  }, 180_000);
});
