/**
 * The devnet's stand-in for oxend: node registration, swarm membership within SwarmRules, block views, the events a
 * block means for each node (SPEC §2.5) and the gate that makes blocks atomic.
 */
package org.swarmchat.devnet.registry;
