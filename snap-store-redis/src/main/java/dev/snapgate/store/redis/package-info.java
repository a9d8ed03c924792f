/**
 * Fleet stores on Redis (Lettuce): {@link dev.snapgate.store.redis.SnapRedis} connects and hands out the token store
 * (shared tokens, fleet-wide refresh lease, compare-and-delete invalidation, optional AES-GCM at rest) and the replay
 * store. Optional: a platform that does not run a fleet does not need this module.
 */
package dev.snapgate.store.redis;
