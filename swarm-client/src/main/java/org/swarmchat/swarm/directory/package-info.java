/**
 * Which nodes exist and which swarm serves a pubkey: {@link org.swarmchat.swarm.directory.SnodePool} (seeds,
 * refresh by agreement, strike table, re-seeding) and {@link org.swarmchat.swarm.directory.SwarmDirectory}
 * (get_swarm cache, 421 updates), behind the {@code SnodePoolStore} and {@code SwarmCacheStore} interfaces the app
 * implements on SQLite.
 */
package org.swarmchat.swarm.directory;
