export { createRedisPersistedQueryCache, type SharedCache } from "./persisted-query-cache";
export { type ReplicatedClient, withReadReplicas } from "./read-replicas";
export { readScalingConfig, type ScalingConfig } from "./scaling-config";
