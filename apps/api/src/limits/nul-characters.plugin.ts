import type { ApolloServerPlugin } from "@apollo/server";
import { type DocumentNode, Kind, visit } from "graphql";
import { AppError } from "../common/errors";

// PostgreSQL text cannot hold U+0000: a value with it would fail deep in SQL as an internal error.
const nul = "\u0000";

function refuse(where: string): never {
  throw new AppError(
    "BAD_USER_INPUT",
    `${where} contains the NUL character (\\u0000), which no text in Accord can hold; remove it`,
    { http: { status: 400 } },
  );
}

/** The path of the first string holding NUL inside a variable's value, or undefined. */
function nulPath(value: unknown, path: string): string | undefined {
  if (typeof value === "string") return value.includes(nul) ? path : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulPath(item, `${path}[${index}]`);
      if (found) return found;
    }
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const found = nulPath(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

/** Refuses NUL characters in string literals and variables before anything runs, naming where. */
export function nulCharactersPlugin(): ApolloServerPlugin {
  // Apollo keeps one parsed document per query text: its literals are checked once.
  const clean = new WeakSet<DocumentNode>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          for (const [name, value] of Object.entries(request.variables ?? {})) {
            const found = nulPath(value, `$${name}`);
            if (found) refuse(`Variable ${found}`);
          }
          if (clean.has(document)) return;
          visit(document, {
            [Kind.STRING](node) {
              if (node.value.includes(nul)) refuse(`The string at line ${node.loc?.startToken.line ?? "?"}`);
            },
          });
          clean.add(document);
        },
      };
    },
  };
}
