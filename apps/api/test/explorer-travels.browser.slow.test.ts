// The issue's check: with the Secretaries' travels imported (../shared/data; skipped, with the reason, when it
// is absent), the timelines of the actor and the person with the most engagements draw every engagement in
// Chromium. How fast (under a second, the issue's target) is `pnpm bench:explorer`'s to measure and print.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { toGlobalId } from "../src/common/global-id";
import { finish, launchExplorerBrowser, openPage, outputDir, timeTimeline } from "./support/explorer-browser";
import { findSharedData } from "./support/shared-data";
import { startTestServer, type TestServer } from "./support/test-server";
import { busiestActorSql } from "./support/timeline-timing";

const travels = join(findSharedData(), "history-state-travels");
const available = existsSync(join(travels, "secretary-travels"));
if (!available) {
  process.stdout.write(
    `skipped the travels' timeline: ${travels}/secretary-travels not found (set ACCORD_SHARED_DATA)\n`,
  );
}
const cli = join(__dirname, "../../cli/dist/main.js");

(available ? describe : describe.skip)("the explorer on the Secretaries' travels", () => {
  let t: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestServer();
    execFileSync(process.execPath, [cli, "import", "--format", "history-state-travels", travels], {
      env: { ...process.env, DATABASE_URL: t.db.url },
      stdio: "ignore",
    });
    browser = await launchExplorerBrowser();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** The actor with the most engagements (of one kind, when given): taking part, or represented by who did. */
  async function busiest(kind?: "PERSON") {
    const [top] = await t.db.prisma.$queryRawUnsafe<{ id: string; name: string; engagements: number }[]>(
      busiestActorSql(kind),
    );
    if (!top) throw new Error("the travels' import left no participant");
    const id = toGlobalId("Actor", top.id);
    // What Actor.engagements lists is what was counted here.
    const { data } = await t.gql<{ node: { engagements: { totalCount: number } } }>(
      "query ($id: ID!) { node(id: $id) { ... on Actor { engagements(first: 1) { totalCount } } } }",
      { id },
    );
    expect(data?.node.engagements.totalCount).toBe(top.engagements);
    return { ...top, id };
  }

  // How fast is measured by `pnpm bench:explorer` (bench/results/explorer.md), not here: a test asserts what is drawn.
  it("draws every engagement of the actor and the person with the most engagements on their timelines", async () => {
    const origin = new URL(t.url).origin.replace("localhost", "127.0.0.1");
    const figures = [];
    for (const [name, actor] of [
      ["actor", await busiest()],
      ["person", await busiest("PERSON")],
    ] as const) {
      expect(actor.engagements).toBeGreaterThan(300);
      const opened = await openPage(browser);
      const timing = await timeTimeline(opened, `${origin}/#/actor/${encodeURIComponent(actor.id)}`, actor.engagements);
      await opened.page.getByText(`${actor.engagements} engagements as a list`).waitFor();
      expect([name, await opened.page.locator(".timeline-chart > svg a rect").count()]).toEqual([
        name,
        actor.engagements,
      ]);
      figures.push({ actor: actor.name, ...timing, loadAverage: Number(loadavg()[0]?.toFixed(1)) });
      await opened.page.screenshot({ path: join(outputDir, `explorer-travels-timeline-${name}.png`) });
      await finish(opened, origin);
    }
    const measured = { measuredAt: new Date().toISOString(), figures };
    await writeFile(join(outputDir, "explorer-travels-timeline.json"), `${JSON.stringify(measured, null, 2)}\n`);
  }, 300_000);
});
