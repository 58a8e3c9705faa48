import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { toGlobalId } from "../src/common/global-id";
import {
  finish as finishPage,
  launchExplorerBrowser,
  type OpenedPage,
  openPage as openBrowserPage,
  outputDir,
  screenshotAccessible,
  searchLabel,
  timeTimeline,
} from "./support/explorer-browser";
import { generatedId, generatedUuid, generateEngagements } from "./support/generate-engagements";
import { startTestServer, type TestServer } from "./support/test-server";

// Every list of the explorer on generated data longer than one page: the first page shows, "Load more" brings
// the next after its cursor, in the server's order with nothing twice, until the last; and the timeline of an
// actor with several hundred engagements draws them all.
let t: TestServer;
let browser: Browser;
let origin: string;
let actorId: string;
let engagementId: string;
let participantCount: number;

beforeAll(async () => {
  t = await startTestServer();
  await generateEngagements(t.db.prisma, { actors: 10, engagements: 1_500 });
  const e1 = generatedId("e", 1);
  // Engagement 1 gets 45 more statements, 30 commitments and 30 side meetings: each list over one page of 20;
  // and 230 more participants (new actors, after its own), over two pages of 100.
  await t.db.prisma.$executeRawUnsafe(`
    INSERT INTO actor (id, kind, name, updated_at)
    SELECT md5('delegate' || k)::uuid, 'PERSON', 'Delegate ' || k, now() FROM generate_series(1, 230) k`);
  await t.db.prisma.$executeRawUnsafe(`
    INSERT INTO participant (id, engagement_id, actor_id, role, position)
    SELECT gen_random_uuid(), ${e1}, md5('delegate' || k)::uuid, 'PARTICIPANT'::"ParticipantRole", 1000 + k
    FROM generate_series(1, 230) k`);
  const [counted] = await t.db.prisma.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM participant WHERE engagement_id = ${e1}`,
  );
  participantCount = counted?.n ?? 0;
  await t.db.prisma.$executeRawUnsafe(`
    INSERT INTO statement (id, engagement_id, speaker_id, kind, gist, search_text, position, updated_at)
    SELECT gen_random_uuid(), ${e1}, ${generatedId("a", 2)}, 'POSITION', 'Further statement ' || k, 'further', k + 1, now()
    FROM generate_series(1, 45) k`);
  await t.db.prisma.$executeRawUnsafe(`
    UPDATE commitment SET engagement_id = ${e1}
    WHERE id IN (SELECT id FROM commitment WHERE engagement_id <> ${e1} ORDER BY description LIMIT 30)`);
  await t.db.prisma.$executeRawUnsafe(`
    UPDATE engagement SET parent_id = ${e1} WHERE id IN (SELECT md5('e' || i)::uuid FROM generate_series(2, 31) i)`);
  actorId = toGlobalId("Actor", await generatedUuid(t.db.prisma, "a", 1));
  engagementId = toGlobalId("Engagement", await generatedUuid(t.db.prisma, "e", 1));
  origin = new URL(t.url).origin.replace("localhost", "127.0.0.1");
  browser = await launchExplorerBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

const openPage = () => openBrowserPage(browser);
const finish = (opened: OpenedPage) => finishPage(opened, origin);

/** Clicks "Load more …" in `region` until it is gone; the item counts after each page, the first page's included. */
async function loadAll(region: Locator, items: string, noun: string, pages = Number.POSITIVE_INFINITY) {
  const more = region.getByRole("button", { name: `Load more ${noun}` });
  const counts = [await region.locator(items).count()];
  while (counts.length < pages && (await more.count()) > 0) {
    await more.click();
    // A page arrives whole: once its first item is there, so are the rest.
    await region
      .locator(items)
      .nth(counts[counts.length - 1] ?? 0)
      .waitFor();
    counts.push(await region.locator(items).count());
  }
  return counts;
}

const distinct = (values: (string | null)[]) => new Set(values).size;

async function section(page: Page, heading: RegExp | string) {
  const region = page.getByRole("region", { name: heading });
  await region.waitFor({ timeout: 30_000 });
  return region;
}

describe("the explorer's lists, a page at a time", () => {
  it("pages an engagement's participants, statements (in order), commitments and side meetings to the last", async () => {
    const opened = await openPage();
    const { page } = opened;
    await page.goto(`${origin}/#/engagement/${encodeURIComponent(engagementId)}`);

    // Participants 100 a page, past the 500 the API's participants list stops at when there are that many.
    const participants = await section(page, `Participants (${participantCount})`);
    await participants.locator("ul > li").nth(99).waitFor({ timeout: 30_000 });
    expect(await loadAll(participants, "ul > li", "participants")).toEqual([100, 200, participantCount]);
    const actors = await participants
      .locator("ul > li > a:first-child")
      .evaluateAll((as) => as.map((a) => a.textContent));
    expect(distinct(actors)).toBe(participantCount);
    expect(actors.slice(-230)).toEqual(Array.from({ length: 230 }, (_, i) => `Delegate ${i + 1}`));
    // The focus went to the last page's first row: its actor's link.
    expect(await page.evaluate(`document.activeElement?.textContent`)).toBe(actors[200]);
    expect(await page.evaluate("document.activeElement?.tagName")).toBe("A");

    const statements = await section(page, "Statements (46)");
    await statements.locator(".statements > li").nth(19).waitFor({ timeout: 30_000 });
    expect(await loadAll(statements, ".statements > li", "statements")).toEqual([20, 40, 46]);
    const positions = await statements
      .locator(".statements > li")
      .evaluateAll((items) => items.map((item) => Number((item as unknown as { value: number }).value)));
    expect(positions).toEqual(Array.from({ length: 46 }, (_, i) => i + 1));
    // The last page took the focus with it: on its first item's link, not lost with the button.
    expect(await page.evaluate(`document.activeElement?.closest("li")?.id`)).toBe("statement-41");
    expect(await page.evaluate("document.activeElement?.tagName")).toBe("A");

    const commitments = await section(page, "Commitments");
    await commitments.locator(".commitments > li").nth(19).waitFor({ timeout: 30_000 });
    expect(await commitments.getByRole("status").textContent()).toBe("Showing 20 of 31 commitments");
    expect(await loadAll(commitments, ".commitments > li", "commitments")).toEqual([20, 31]);
    const texts = await commitments.locator(".commitments > li").allTextContents();
    expect(distinct(texts)).toBe(31);

    const sides = await section(page, "Side meetings");
    await sides.locator("li").nth(19).waitFor({ timeout: 30_000 });
    expect(await loadAll(sides, "li", "side meetings")).toEqual([20, 30]);
    expect(distinct(await sides.locator("li a").evaluateAll((as) => as.map((a) => a.getAttribute("href"))))).toBe(30);
    await screenshotAccessible(page, "explorer-paging-engagement", { fullPage: true });
    await finish(opened);
  }, 180_000);

  it("pages search results and an actor's commitments", async () => {
    const opened = await openPage();
    const { page } = opened;
    await page.goto(`${origin}/`);
    await page.getByLabel(searchLabel).fill("meeting");
    const results = await section(page, "Search results");
    await results.locator("ul > li").nth(11).waitFor({ timeout: 30_000 });
    expect(await loadAll(results, "ul > li", "results", 3)).toEqual([12, 24, 36]);
    const links = await results.locator("ul > li a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(distinct(links)).toBe(36);
    await screenshotAccessible(page, "explorer-paging-search");

    await page.goto(`${origin}/#/actor/${encodeURIComponent(actorId)}`);
    const made = await section(page, "Made");
    await made.locator(".commitments > li").nth(19).waitFor({ timeout: 30_000 });
    expect(await loadAll(made, ".commitments > li", "commitments", 3)).toEqual([20, 40, 60]);
    expect(await made.getByRole("status").textContent()).toBe("Showing 60 of 300 commitments");
    expect(distinct(await made.locator(".commitments > li").allTextContents())).toBe(60);
    await finish(opened);
  }, 180_000);

  // How long it took is written down; `pnpm bench:explorer` measures it against the target.
  it("draws an actor's timeline of several hundred engagements, and writes how long it took", async () => {
    const { data } = await t.gql<{ node: { engagements: { totalCount: number } } }>(
      "query ($id: ID!) { node(id: $id) { ... on Actor { engagements(first: 1) { totalCount } } } }",
      { id: actorId },
    );
    const count = data?.node.engagements.totalCount ?? 0;
    expect(count).toBeGreaterThan(300);

    const opened = await openPage();
    const timing = await timeTimeline(opened, `${origin}/#/actor/${encodeURIComponent(actorId)}`, count);
    const { page } = opened;
    await page.getByText(`${count} engagements as a list`).waitFor();
    expect(await page.locator(".timeline-chart > svg a rect").count()).toBe(count);
    await writeFile(path.join(outputDir, "explorer-timeline.json"), `${JSON.stringify(timing, null, 2)}\n`);
    await page.screenshot({ path: path.join(outputDir, "explorer-timeline.png") });
    await finish(opened);
  }, 180_000);
});
