/**
 * HTTPS to snodes and seeds (OkHttp, blocking calls on virtual threads, any certificate accepted because
 * authenticity comes from the onion layers), per-call {@link org.swarmchat.swarm.transport.Deadline}s, and the
 * {@link org.swarmchat.swarm.transport.NetworkClock} every timestamp comes from.
 */
package org.swarmchat.swarm.transport;
