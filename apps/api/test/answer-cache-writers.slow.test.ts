// answer-cache.test.ts's concurrent writers and readers past the sample the fast tier commits: writes 10 to 29 of
// each writer's 30, read while they commit; the answer must still equal a direct count.
import { useAnswerCacheServer } from "./support/answer-cache";

const { concurrentWritesAndReads } = useAnswerCacheServer();

it("equals a direct count after the rest of the concurrent writers' writes, read while they commit", async () => {
  await concurrentWritesAndReads(10, 30);
});
