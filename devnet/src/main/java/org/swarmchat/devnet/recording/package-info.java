/**
 * What each devnet node saw, for privacy tests: per node, a {@link org.swarmchat.devnet.recording.RequestRecorder}
 * that is off by default and, once switched on, keeps a {@link org.swarmchat.devnet.recording.SeenRequest} for
 * every client or onion request the node handled: who sent it (address, previous hop) and what the node could read
 * of it (the next hop, or the storage request with its pubkeys and message data).
 */
package org.swarmchat.devnet.recording;
