package org.swarmchat.devnet.store;

/**
 * A message hash with its namespace, as deletions and expiry updates over several namespaces report them.
 *
 * @param namespace the message's namespace
 * @param hash the message hash
 */
public record NamespacedHash(int namespace, String hash) {
}
