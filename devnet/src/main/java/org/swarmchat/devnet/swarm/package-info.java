/**
 * The swarm space of SPEC §2.1-2.2: pubkey positions on the 64-bit ring and the choice of the closest swarm.
 */
package org.swarmchat.devnet.swarm;
