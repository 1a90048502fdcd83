/**
 * Onion paths (SPEC §4.1): {@link org.swarmchat.swarm.onion.PathManager} builds, tests, strikes and rebuilds
 * them and publishes their {@link org.swarmchat.swarm.onion.PathStatus}. The layer encryption itself is the
 * crypto module's {@code OnionRequestBuilder}.
 */
package org.swarmchat.swarm.onion;
