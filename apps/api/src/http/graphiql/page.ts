import { createHash } from "node:crypto";
import type { GraphiqlExample } from "./examples";

export type RenderGraphiqlPageOptions = { endpoint: string; assetsPath: string; examples: GraphiqlExample[] };

/** JSON inside <script>: escape what could close the tag or start a comment. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}

/** The IDE's HTML: every file it loads comes from this server. */
export function renderGraphiqlPage({ endpoint, assetsPath, examples }: RenderGraphiqlPageOptions): string {
  const tabs = examples.map((e) => ({
    query: e.query,
    variables: e.variables ? JSON.stringify(e.variables, null, 2) : undefined,
  }));
  // Stored tabs override the defaults; a new set of examples gets a fresh storage namespace.
  const namespace = `accord:${createHash("sha256").update(JSON.stringify(tabs)).digest("hex").slice(0, 12)}:`;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Accord GraphQL IDE</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="${assetsPath}/graphiql.min.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading the Accord GraphQL IDE…</div>
  <script src="${assetsPath}/react.production.min.js"></script>
  <script src="${assetsPath}/react-dom.production.min.js"></script>
  <script src="${assetsPath}/graphiql.min.js"></script>
  <script>
    (function () {
      var endpoint = new URL(${scriptJson(endpoint)}, window.location.href).toString();
      var namespace = ${scriptJson(namespace)};
      var storage = {
        getItem: function (key) { return window.localStorage.getItem(namespace + key); },
        setItem: function (key, value) { window.localStorage.setItem(namespace + key, value); },
        removeItem: function (key) { window.localStorage.removeItem(namespace + key); },
        clear: function () { window.localStorage.clear(); },
        get length() { return window.localStorage.length; }
      };
      var baseFetcher = GraphiQL.createFetcher({ url: endpoint });
      // GraphiQL 3 can send the previous tab's operationName after a tab switch; drop a name the document lacks.
      var fetcher = function (params, options) {
        var name = params.operationName;
        var words = (params.query || "").split(/[^_0-9A-Za-z]+/);
        var declared = words.some(function (word, i) {
          return word === name && /^(query|mutation|subscription)$/.test(words[i - 1] || "");
        });
        if (name && !declared) params = Object.assign({}, params, { operationName: undefined });
        return baseFetcher(params, options);
      };
      ReactDOM.createRoot(document.getElementById("graphiql")).render(
        React.createElement(GraphiQL, {
          fetcher: fetcher,
          defaultTabs: ${scriptJson(tabs)},
          storage: storage,
          isHeadersEditorEnabled: true,
          shouldPersistHeaders: false,
          defaultEditorToolsVisibility: true
        })
      );
    })();
  </script>
</body>
</html>
`;
}
