// Automatic persisted queries in Redis, so a hash registered on one instance is known to all of them.
import { KeyvAdapter } from "@apollo/utils.keyvadapter";
import type KeyvRedisType from "@keyv/redis";
import { Keyv } from "keyv";

export type SharedCache = { cache: KeyvAdapter<string>; clear(): Promise<void>; close(): Promise<void> };

/** A KeyValueCache for Apollo's `persistedQueries.cache`, namespaced so other users of the Redis do not collide. */
export function createRedisPersistedQueryCache(options: { redisUrl: string; namespace?: string }): SharedCache {
  // Loaded only here: an instance without REDIS_URL never pays for the Redis client.
  const KeyvRedis: typeof KeyvRedisType = require("@keyv/redis").default;
  const store = new KeyvRedis(options.redisUrl);
  const keyv = new Keyv<string>({ store, namespace: options.namespace ?? "accord:apq", useKeyPrefix: false });
  let reported = false;
  // A Redis outage must not crash the server: APQ lookups then miss and clients resend the full query.
  keyv.on("error", (error: unknown) => {
    if (reported) return;
    reported = true;
    console.error(`persisted queries: Redis at ${options.redisUrl} failed: ${String(error)}`);
  });
  return {
    cache: new KeyvAdapter(keyv),
    clear: () => keyv.clear(),
    close: () => keyv.disconnect(),
  };
}
