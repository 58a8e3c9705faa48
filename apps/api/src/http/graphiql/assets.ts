import path from "node:path";

function packageFile(name: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${name}/package.json`)), file);
}

/** The IDE's files, served from node_modules: graphiql 3's UMD build and React 18's UMD builds. */
export const graphiqlAssets: Record<string, { file: string; type: string }> = {
  "react.production.min.js": { file: packageFile("react", "umd/react.production.min.js"), type: "text/javascript" },
  "react-dom.production.min.js": {
    file: packageFile("react-dom", "umd/react-dom.production.min.js"),
    type: "text/javascript",
  },
  "graphiql.min.js": { file: packageFile("graphiql", "graphiql.min.js"), type: "text/javascript" },
  "graphiql.min.css": { file: packageFile("graphiql", "graphiql.min.css"), type: "text/css" },
};
