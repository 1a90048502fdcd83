/**
 * The swarm client's public facade: {@link org.swarmchat.swarm.SwarmClient} (store, retrieve, delete, expire,
 * swarm lookup, batch, network status, pollers), configured by {@link org.swarmchat.swarm.SwarmClientConfig}.
 * The implementation and its composition root are package-private.
 *
 * <p>How a request travels: {@code SwarmClient} -> {@code exec.RetryingExecutor} (backoff, clock re-sync,
 * deadline) -> {@code exec.BatchingExecutor} (one {@code batch}, timestamps and signatures made now) ->
 * {@code exec.SwarmRoutingExecutor} (a member of the right swarm, another one on failure, 421s followed) ->
 * {@code exec.OnionExecutor} (a 3-hop path from {@code onion.PathManager}, layers from the crypto module) ->
 * {@code transport.HttpTransport}. The node pool ({@code directory.SnodePool}) and swarm cache
 * ({@code directory.SwarmDirectory}) sit beside the chain; {@code poll.SwarmPoller} polls the own swarm.
 *
 * <p>Package dependencies point one way: transport <- api <- directory, onion <- exec <- poll <- this package
 * (checked by {@code SwarmArchitectureTest}).
 */
package org.swarmchat.swarm;
