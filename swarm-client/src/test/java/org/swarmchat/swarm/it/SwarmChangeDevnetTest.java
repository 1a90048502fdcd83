package org.swarmchat.swarm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.swarmchat.swarm.it.Devnets.await;
import static org.swarmchat.swarm.it.Devnets.id;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.request.Namespace;
import org.swarmchat.devnet.DevnetNode;
import org.swarmchat.devnet.DevnetSwarm;
import org.swarmchat.devnet.LocalDevnet;
import org.swarmchat.swarm.SwarmClient;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.api.StoreResult;
import org.swarmchat.swarm.api.Swarm;
import org.swarmchat.swarm.directory.InMemorySwarmCacheStore;

/**
 * SPEC §2.6: after nodes join and a new swarm forms, a client that still has the old swarm cached is sent on by
 * the 421 its first choice answers, stores in the right swarm, and keeps the new swarm.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SwarmChangeDevnetTest {
    private static final int CANDIDATES = 300;
    private SwarmClient client;

    @AfterEach
    void close() throws Exception {
        if (client != null) {
            client.close();
        }
        SharedDevnet.heal();
    }

    private static Snode snode(DevnetNode n) {
        return new Snode(n.ed25519(), n.x25519(), n.host(), n.port());
    }

    @ParameterizedTest(name = "onion={0}")
    @ValueSource(booleans = {false, true})
    void aStaleSwarmIsReplacedByThe421AndTheStoreLandsInTheNewSwarm(boolean onion) throws Exception {
        LocalDevnet devnet = SharedDevnet.get();
        List<Ed25519KeyPair> accounts = new ArrayList<>();
        Map<Ed25519KeyPair, DevnetSwarm> before = new HashMap<>();
        for (int i = 0; i < CANDIDATES; i++) {
            Ed25519KeyPair account = Devnets.newAccount();
            accounts.add(account);
            before.put(account, devnet.swarmOf(id(account)));
        }
        Optional<Ed25519KeyPair> moved = Optional.empty();
        for (int added = 0; added < 12 && moved.isEmpty(); added++) {
            devnet.addNode();
            moved = accounts.stream().filter(a -> before.get(a).id() != devnet.swarmOf(id(a)).id()).findFirst();
        }
        assumeTrue(moved.isPresent(), "no account changed swarm after adding 12 nodes");
        SharedDevnet.get();
        Ed25519KeyPair bob = moved.get();
        DevnetSwarm now = devnet.swarmOf(id(bob));
        Set<Ed25519PublicKey> current = now.members().stream().map(DevnetNode::ed25519).collect(Collectors.toSet());
        List<Snode> stale = before.get(bob).members().stream().filter(m -> !current.contains(m.ed25519()))
                .map(SwarmChangeDevnetTest::snode).toList();
        if (stale.size() < 3) {
            stale = before.get(bob).members().stream().map(SwarmChangeDevnetTest::snode).toList();
        }
        InMemorySwarmCacheStore cache = new InMemorySwarmCacheStore();
        cache.save(id(bob).hex(), new Swarm(before.get(bob).hexId(), stale));
        client = SwarmClient.create(Devnets.config(devnet, onion).swarmCacheStore(cache).build());

        StoreResult stored = await(client.store(id(bob), Namespace.DEFAULT,
                "after the split".getBytes(StandardCharsets.UTF_8), Duration.ofHours(1)));

        assertThat(stored.swarm().keySet()).containsExactlyInAnyOrderElementsOf(current);
        assertThat(stored.storedCount()).isEqualTo(current.size());
        assertThat(cache.load(id(bob).hex()).orElseThrow().id()).isEqualTo(now.hexId());
        assertThat(await(client.retrieve(bob, Namespace.DEFAULT, Optional.empty())).messages()).hasSize(1);
    }
}
