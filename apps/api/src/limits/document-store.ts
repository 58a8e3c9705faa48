import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import type { DocumentNode } from "graphql";
import { stringBytes } from "../common/bounded-cache";

// Apollo's default: 30 MiB of documents.
const maxBytes = 30 * 1024 * 1024;

/**
 * Apollo's store of parsed documents, sized by what each document really holds. Apollo's own sizing
 * (its JSON) leaves out the source text every node's location keeps, so distinct queries padded
 * with a long comment (~1 MB each, 100 bytes of JSON) would fill memory long before 30 MiB counted.
 */
export function boundedDocumentStore(): InMemoryLRUCache<DocumentNode> {
  return new InMemoryLRUCache<DocumentNode>({
    maxSize: maxBytes,
    sizeCalculation: (document) =>
      InMemoryLRUCache.sizeCalculation(document) + stringBytes(document.loc?.source.body ?? ""),
  });
}
