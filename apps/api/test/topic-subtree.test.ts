// A topic's subtree is one rule (topics/topic.sql.ts, topicSubtreeSql) read by every filter on a topic:
// each must keep the topic and those under it, and nothing whose path only matches LIKE's wildcards.
import { makeActor, makeEngagement, makeStatement, makeTopic } from "@accord/db";
import { toGlobalId } from "../src/common/global-id";
import { useTestServer } from "./support/test-server";

const t = useTestServer();
// Slugs the API would refuse but an importer may write: "_" and "%" are LIKE's wildcards.
// Each root has one child (slugs are unique, so each its own).
const roots = ["a_b", "axb", "p%q", "pzzq"];
const paths = roots.flatMap((root, i) => [root, `${root}/child${i}`]);
const ids = new Map<string, string>();

beforeAll(async () => {
  const db = t.db.prisma;
  const speaker = await makeActor(db, { kind: "PERSON", name: "Speaker" });
  for (const [i, path] of paths.entries()) {
    const [parent, slug] = path.includes("/") ? path.split("/") : [undefined, path];
    const topic = await makeTopic(db, { slug: slug!, parentId: parent ? ids.get(parent) : null });
    ids.set(path, topic.id);
    const engagement = await makeEngagement(db, {
      kind: "CALL",
      title: path,
      start: `2024-01-${String(i + 1).padStart(2, "0")}`,
      topicIds: [topic.id],
    });
    await makeStatement(db, {
      engagementId: engagement.id,
      speakerId: speaker.id,
      kind: "POSITION",
      gist: path,
      topicIds: [topic.id],
    });
  }
});

/** A list filtered on a topic by `arg` (its ID, or its slug for topicSlug), read back as its items' paths. */
const list = (field: string, key: string, arg: string) => ({
  name: `${field}(filter: { ${arg} })`,
  ask: async (root: string) => {
    const topic = arg === "topicSlug" ? root : gid(root);
    const page = await data<Record<string, { edges: { node: Record<string, string> }[] }>>(
      `{ ${field}(filter: { ${arg}: "${topic}" }) { edges { node { ${key} } } } }`,
    );
    return page[field]!.edges.map((edge) => edge.node[key]!).sort();
  },
});

// Each filter on a topic, asked by ID (and engagements by slug), with what it returns as paths.
const filters: { name: string; ask: (root: string) => Promise<string[]> }[] = [
  list("topics", "path", "under"),
  list("engagements", "title", "topic"),
  list("engagements", "title", "topicSlug"),
  list("statements", "gist", "topic"),
  {
    name: "engagementCounts(filter: { topic })",
    ask: async (root) => {
      const counts = await data<{ engagementCounts: { count: number }[] }>(
        `{ engagementCounts(filter: { topic: "${gid(root)}" }, groupBy: []) { count } }`,
      );
      return Array.from({ length: counts.engagementCounts[0]?.count ?? 0 }, () => "?");
    },
  },
];

/** The data of an operation that must succeed. */
async function data<T = Record<string, unknown>>(query: string): Promise<T> {
  const result = await t.gql<T>(query);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

const gid = (path: string) => toGlobalId("Topic", ids.get(path)!);

describe.each(filters)("$name", ({ name, ask }) => {
  it.each(roots)("keeps %s and its child only", async (root) => {
    const found = await ask(root);
    if (name.startsWith("engagementCounts")) expect(found).toHaveLength(2);
    else expect(found).toEqual(paths.filter((path) => path === root || path.startsWith(`${root}/`)).sort());
  });
});
