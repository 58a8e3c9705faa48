import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { seedDatabase } from "@accord/db";
import { type Browser, chromium } from "playwright-core";
import { startTestServer, type TestServer } from "./support/test-server";

// page.evaluate callbacks run in the browser; the one DOM call they make, typed without the DOM lib.
declare const document: { querySelector(selector: string): unknown };

const chromiumPath = "/usr/bin/chromium";
const outputDir = path.resolve(__dirname, "../../../test-output");
let t: TestServer;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  // The test installs what it needs: Debian's chromium, never a browser download.
  if (!existsSync(chromiumPath)) {
    execFileSync("bash", [path.resolve(__dirname, "../../../scripts/ensure-chromium.sh")], { stdio: "ignore" });
  }
  t = await startTestServer();
  await seedDatabase(t.db.prisma);
  origin = new URL(t.url).origin.replace("localhost", "127.0.0.1");
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe("GraphiQL in headless Chromium", () => {
  it("opens the IDE, runs the first example and shows the Cho–Rutte meeting, with no request off the server", async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const requested: string[] = [];
    context.on("request", (request) => requested.push(request.url()));
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));

    await page.goto(`${origin}/graphql`);
    await page.locator(".graphiql-execute-button").waitFor({ timeout: 30_000 });
    const editor = await page.evaluate(() => {
      const cm = document.querySelector(".graphiql-query-editor .CodeMirror") as unknown as {
        CodeMirror: { getValue(): string };
      };
      return cm.CodeMirror.getValue();
    });
    expect(editor).toContain("query Engagements");

    // The headers editor (where a token goes): what is typed there is sent with the query.
    await page.getByRole("button", { name: "Headers", exact: true }).click();
    await page.locator(".graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror").click();
    // The editor closes the brace itself.
    await page.keyboard.type('{"x-request-id": "from-graphiql-headers"');
    const sent = page.waitForRequest((r) => r.method() === "POST" && r.headers()["x-request-id"] !== undefined);
    await page.locator(".graphiql-execute-button").click();
    expect((await sent).headers()["x-request-id"]).toBe("from-graphiql-headers");
    const resultWindow = page.locator(".result-window");
    await resultWindow.getByText("Cho Tae-yul – Mark Rutte meeting").first().waitFor({ timeout: 30_000 });
    const result = await page.evaluate(() => {
      const cm = document.querySelector(".result-window .CodeMirror") as unknown as {
        CodeMirror: { getValue(): string };
      };
      return JSON.parse(cm.CodeMirror.getValue()) as {
        data: { engagements: { edges: { node: { title: string; place: string; start: { edtf: string } } }[] } };
      };
    });
    expect(result.data.engagements.edges.map((e) => [e.node.title, e.node.start.edtf, e.node.place])).toEqual([
      ["Cho Tae-yul – Mark Rutte meeting", "2025-04-02?", "NATO headquarters"],
      ["NATO Foreign Ministers' Meeting", "2025-04?", null],
      ["ROK briefing to the North Atlantic Council on Russia–North Korea military cooperation", "2024?", null],
    ]);

    await mkdir(outputDir, { recursive: true });
    await page.screenshot({ path: path.join(outputDir, "graphiql-engagements.png") });

    // The second example fetches the meeting by the ID the server filled into its variables.
    await page.locator(".graphiql-tab-button", { hasText: "EngagementById" }).click();
    // Switching tabs swaps the editor's content a moment later; run only once it shows the query.
    await page.waitForFunction(() => {
      const cm = document.querySelector(".graphiql-query-editor .CodeMirror") as unknown as {
        CodeMirror: { getValue(): string };
      };
      return cm.CodeMirror.getValue().includes("query EngagementById");
    });
    await page.locator(".graphiql-execute-button").click();
    await page.waitForFunction(
      () => {
        const cm = document.querySelector(".result-window .CodeMirror") as unknown as {
          CodeMirror: { getValue(): string };
        };
        return cm.CodeMirror.getValue().includes('"node"');
      },
      undefined,
      { timeout: 30_000 },
    );
    const byId = await page.evaluate(() => {
      const cm = document.querySelector(".result-window .CodeMirror") as unknown as {
        CodeMirror: { getValue(): string };
      };
      return JSON.parse(cm.CodeMirror.getValue()) as { data: { node: { __typename: string; title: string } } };
    });
    expect([byId.data.node.__typename, byId.data.node.title]).toEqual([
      "Engagement",
      "Cho Tae-yul – Mark Rutte meeting",
    ]);

    // The schema's descriptions, in the documentation explorer.
    await page.getByRole("button", { name: "Show Documentation Explorer" }).click();
    await page.locator(".graphiql-doc-explorer").getByText("Query", { exact: true }).first().click();
    await page.getByText("Fetches any record by its global ID; null when there is none.").waitFor({ timeout: 10_000 });

    await page.screenshot({ path: path.join(outputDir, "graphiql.png") });
    await context.close();

    expect(pageErrors).toEqual([]);
    const offServer = requested.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith("data:"));
    expect(offServer).toEqual([]);
    expect(requested.filter((url) => url.startsWith(`${origin}/graphiql/assets/`)).length).toBe(4);
  }, 120_000);
});
