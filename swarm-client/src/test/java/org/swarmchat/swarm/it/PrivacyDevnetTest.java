package org.swarmchat.swarm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.swarmchat.swarm.it.Devnets.id;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.request.Namespace;
import org.swarmchat.devnet.DevnetNode;
import org.swarmchat.devnet.LocalDevnet;
import org.swarmchat.swarm.SwarmClient;
import org.swarmchat.swarm.api.StoreResult;
import org.swarmchat.swarm.transport.HttpTransport;
import org.swarmchat.swarm.transport.OkHttpTransport;

/**
 * Issue 4's privacy claim, checked on the wire: while Alice stores a message for Bob through an onion path, no
 * byte she sends to any node contains Bob's Account ID or the message, she connects to no member of Bob's swarm
 * (her onion paths' guards stay out of it, so none can tie her address to the message it then receives),
 * and (with the stand-in onion endpoint, which records what each node decrypted) only the destination member ever
 * decrypts a layer holding Bob's ID or the message, while the guard sees neither.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PrivacyDevnetTest {
    private record Sent(String url, String body) {
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private SwarmClient alice;

    @AfterEach
    void close() throws Exception {
        if (alice != null) {
            alice.close();
        }
        SharedDevnet.heal();
    }

    @Test
    void neitherTheGuardNorAnyHopBeforeTheSwarmLearnsWhoReceivesWhat() throws Exception {
        LocalDevnet devnet = SharedDevnet.get();
        HttpTransport real = OkHttpTransport.forSnodes(new SecureRandom(), Duration.ofSeconds(2));
        HttpTransport recording = (url, body, type, deadline) -> {
            sent.add(new Sent(url, new String(body, StandardCharsets.ISO_8859_1)));
            return real.post(url, body, type, deadline);
        };
        alice = SwarmClient.create(Devnets.config(devnet, true).transport(recording).build());
        Devnets.await(alice.initialize());
        Ed25519KeyPair bob = Devnets.newAccount();
        byte[] message = "meet at noon".getBytes(StandardCharsets.UTF_8);
        String messageOnWire = Base64.getEncoder().encodeToString(message);
        Set<Ed25519PublicKey> bobsSwarm = devnet.swarmOf(id(bob)).members().stream().map(DevnetNode::ed25519)
                .collect(Collectors.toSet());
        Set<String> bobsSwarmAddresses = devnet.swarmOf(id(bob)).members().stream()
                .map(m -> "127.0.0.1:" + m.port() + "/").collect(Collectors.toSet());
        // Alice knows Bob's swarm already (as after earlier messages); the lookup itself cannot avoid it.
        Devnets.await(alice.swarmOf(id(bob)));
        StandInOnionEndpoint.SEEN.clear();
        sent.clear();

        StoreResult stored = Devnets.await(alice.store(id(bob), Namespace.DEFAULT, message, Duration.ofHours(1)));

        assertThat(stored.storedCount()).isEqualTo(bobsSwarm.size());
        assertThat(sent).isNotEmpty().allSatisfy(s -> {
            assertThat(s.body()).doesNotContain(id(bob).hex()).doesNotContain(messageOnWire);
            assertThat(bobsSwarmAddresses).noneMatch(s.url()::contains);
        });
        if (!SharedDevnet.devnetServesOnion()) {
            Set<Ed25519PublicKey> sawTheRequest = StandInOnionEndpoint.SEEN.entrySet().stream()
                    .filter(e -> e.getValue().stream().anyMatch(l -> l.contains(id(bob).hex())
                            || l.contains(messageOnWire)))
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            assertThat(sawTheRequest).hasSize(1);
            assertThat(bobsSwarm).containsAll(sawTheRequest);
            assertThat(StandInOnionEndpoint.SEEN.keySet()).hasSizeGreaterThanOrEqualTo(4);
        }
    }
}
