package org.swarmchat.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.X25519PublicKey;
import org.swarmchat.crypto.request.Namespace;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.api.Swarm;
import org.swarmchat.swarm.directory.PoolSnapshot;
import org.swarmchat.swarm.poll.PollStateStore;

/** The swarm client's three stores on SQLite behave as its in-memory ones, and survive a reopen. */
class SwarmStoresTest {
    private static final Random RANDOM = new Random(3);

    @TempDir
    Path dir;

    @Test
    void theNodePoolRoundTripsInOrder() {
        PoolSnapshot pool = new PoolSnapshot(List.of(snode(1), snode(2), snode(3)),
                Instant.ofEpochMilli(1_700_000_000_123L));
        try (Store store = Fixtures.open(dir)) {
            assertThat(store.snodePoolStore().load()).isEmpty();
            store.snodePoolStore().save(new PoolSnapshot(List.of(snode(9)), Instant.EPOCH));
            store.snodePoolStore().save(pool);
        }
        try (Store store = Fixtures.open(dir)) {
            assertThat(store.snodePoolStore().load()).contains(pool);
            store.snodePoolStore().save(new PoolSnapshot(List.of(), Instant.EPOCH));
            assertThat(store.snodePoolStore().load()).contains(new PoolSnapshot(List.of(), Instant.EPOCH));
        }
    }

    @Test
    void theSwarmCacheRoundTrips() {
        Swarm swarm = new Swarm("1a2b", List.of(snode(1), snode(2)));
        try (Store store = Fixtures.open(dir)) {
            store.swarmCacheStore().save("05aa", new Swarm("0", List.of(snode(5))));
            store.swarmCacheStore().save("05aa", swarm);
            store.swarmCacheStore().save("05bb", swarm);
            store.swarmCacheStore().remove("05bb");
        }
        try (Store store = Fixtures.open(dir)) {
            assertThat(store.swarmCacheStore().load("05aa")).contains(swarm);
            assertThat(store.swarmCacheStore().load("05bb")).isEmpty();
        }
    }

    @Test
    void pollStateExpiresAsInMemory() {
        Ed25519PublicKey node = snode(1).ed25519();
        Ed25519PublicKey other = snode(2).ed25519();
        try (Store store = Fixtures.open(dir)) {
            PollStateStore poll = store.pollStateStore();
            poll.saveLastHash(node, "05aa", Namespace.DEFAULT, "first", 1_000);
            poll.saveLastHash(node, "05aa", Namespace.DEFAULT, "second", 2_000);
            poll.saveLastHash(node, "05aa", Namespace.of(-10), "group", 3_000);
            poll.saveLastHash(other, "05aa", Namespace.DEFAULT, "elsewhere", 500);
            poll.markSeen("m1", 1_000);
            poll.markSeen("m1", 900);
            poll.markSeen("m2", 100);
        }
        try (Store store = Fixtures.open(dir)) {
            PollStateStore poll = store.pollStateStore();
            assertThat(poll.lastHash(node, "05aa", Namespace.DEFAULT, 1_999)).contains("second");
            assertThat(poll.lastHash(node, "05aa", Namespace.DEFAULT, 2_000)).isEmpty();
            assertThat(poll.lastHash(node, "05aa", Namespace.of(-10), 0)).contains("group");
            assertThat(poll.lastHash(node, "05bb", Namespace.DEFAULT, 0)).isEmpty();
            assertThat(poll.isSeen("m1")).isTrue();
            assertThat(poll.isSeen("m2")).isTrue();
            assertThat(poll.isSeen("m3")).isFalse();
            poll.purgeExpired(999);
            assertThat(poll.isSeen("m1")).isTrue();
            assertThat(poll.isSeen("m2")).isFalse();
            assertThat(poll.lastHash(other, "05aa", Namespace.DEFAULT, 0)).isEqualTo(Optional.empty());
            assertThat(poll.lastHash(node, "05aa", Namespace.DEFAULT, 0)).contains("second");
        }
    }

    private static Snode snode(int n) {
        byte[] ed = new byte[32];
        byte[] x = new byte[32];
        RANDOM.nextBytes(ed);
        RANDOM.nextBytes(x);
        return new Snode(Ed25519PublicKey.of(ed), X25519PublicKey.of(x), "10.0.0." + n, 20_000 + n);
    }
}
