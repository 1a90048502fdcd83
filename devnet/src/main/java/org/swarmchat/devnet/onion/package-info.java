/**
 * The storage nodes' onion endpoint, {@code POST /onion_req/v2} (SPEC §4), as session-storage-server serves it:
 * {@link org.swarmchat.devnet.onion.OnionEndpoint} peels one layer with the node's X25519 key (aes-gcm or
 * xchacha20, through the crypto module's {@code onion} primitives), then runs the storage request inside at the
 * destination and answers it encrypted (§4.5), or relays the rest to the next node over real HTTPS
 * ({@link org.swarmchat.devnet.onion.OnionRelay}), or answers the plain-text relay errors of §4.5 and §4.7.
 *
 * <p>Real nodes relay to each other over OxenMQ, whose connections are authenticated by the nodes' keys. Devnet
 * nodes relay over HTTPS to the next node's {@code /onion_req/v2} instead, and name themselves in a header
 * ({@link org.swarmchat.devnet.onion.OnionRelay#RELAY_FROM_HEADER}) so the next node knows, as an OxenMQ peer
 * would, that a node and not a client is talking: it then applies the node-to-node rules (the hop limit, "Snode
 * not ready", "Invalid internal onion request") instead of the client-facing ones. The devnet's parsing here is
 * its own; nothing is shared with the client's.
 */
package org.swarmchat.devnet.onion;
