/**
 * The network-wide figures of the "Session network" page (SPEC §8): {@link org.swarmchat.swarm.netinfo.NetworkInfo},
 * the parsed {@code GET /info} answer (token price and market cap, staking requirement and reward pool, network
 * size and stake, with the times the source states), and {@link org.swarmchat.swarm.netinfo.NetworkInfoClient},
 * which fetches it.
 */
package org.swarmchat.swarm.netinfo;
