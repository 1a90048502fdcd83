package org.swarmchat.bench.devnet;

import java.security.SecureRandom;
import java.util.List;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.devnet.DevnetNode;
import org.swarmchat.devnet.LocalDevnet;

/**
 * A Session account the runner stores to: its keys (to sign retrieves when checking replicas), its Account ID and
 * its swarm's members as the devnet had them when the run began (the membership does not change during a run).
 *
 * @param keys the account's Ed25519 key pair
 * @param id the Account ID, {@code 05} + hex
 * @param swarm the members of the account's swarm
 */
record BenchAccount(Ed25519KeyPair keys, AccountId id, List<DevnetNode> swarm) {
    /** A new random account on {@code devnet}. */
    static BenchAccount create(LocalDevnet devnet, SecureRandom random) {
        Ed25519KeyPair keys = Ed25519KeyPair.generate(random);
        AccountId id = AccountId.of(keys);
        return new BenchAccount(keys, id, devnet.swarmOf(id).members());
    }
}
