// Settings for running several API instances: Redis for shared caches, read replicas for reads.
export type ScalingConfig = {
  /** REDIS_URL: automatic persisted queries (and any response cache) shared by every instance. */
  redisUrl?: string;
  /** DATABASE_REPLICA_URLS: comma-separated PostgreSQL URLs that non-transactional reads go to. */
  replicaUrls: string[];
};

export function readScalingConfig(env: NodeJS.ProcessEnv = process.env): ScalingConfig {
  const redisUrl = env.REDIS_URL?.trim() || undefined;
  const replicaUrls = (env.DATABASE_REPLICA_URLS ?? "")
    .split(",")
    .map((url) => url.trim())
    .filter(Boolean);
  for (const url of replicaUrls) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error(`DATABASE_REPLICA_URLS: "${url}" is not a postgresql:// URL`);
    }
  }
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) throw new Error(`REDIS_URL: "${redisUrl}" is not a redis:// URL`);
  return { redisUrl, replicaUrls };
}
