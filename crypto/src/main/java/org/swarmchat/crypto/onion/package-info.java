/**
 * Onion request cryptography (SPEC §4): per-hop key agreement and encryption ({@link
 * org.swarmchat.crypto.onion.HopEncryption}), the combined payload layout, building a request on the client
 * ({@link org.swarmchat.crypto.onion.OnionRequestBuilder}), decoding its response, and peeling layers on a node
 * ({@link org.swarmchat.crypto.onion.OnionLayerPeeler}). No I/O.
 */
package org.swarmchat.crypto.onion;
