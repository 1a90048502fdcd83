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
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.request.Namespace;
import org.swarmchat.devnet.DevnetNode;
import org.swarmchat.devnet.LocalDevnet;
import org.swarmchat.devnet.recording.SeenRequest;
import org.swarmchat.swarm.SwarmClient;
import org.swarmchat.swarm.api.StoreResult;
import org.swarmchat.swarm.transport.HttpTransport;
import org.swarmchat.swarm.transport.OkHttpTransport;

/**
 * Issue 4's privacy claim, checked on the wire and in what each node saw (the devnet's recording of what every
 * node could read): while Alice stores a message for Bob through an onion path, no byte she sends contains Bob's
 * Account ID or the message, and she connects to no member of Bob's swarm; the guards of her paths saw her
 * connection but neither Bob's ID nor the message; the swarm member that read the store was reached through
 * another node, so it never saw Alice's connection; and no other node read Bob's ID or the message.
 *
 * <p>Every devnet node listens on 127.0.0.1, so "Alice's address" is told apart by who made the connection: a
 * request the recording shows without a previous hop came straight from a client.
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
        String bobsId = id(bob).hex();
        byte[] message = "meet at noon".getBytes(StandardCharsets.UTF_8);
        String messageOnWire = Base64.getEncoder().encodeToString(message);
        Set<Ed25519PublicKey> bobsSwarm = devnet.swarmOf(id(bob)).members().stream().map(DevnetNode::ed25519)
                .collect(Collectors.toSet());
        Set<String> bobsSwarmAddresses = devnet.swarmOf(id(bob)).members().stream()
                .map(m -> "127.0.0.1:" + m.port() + "/").collect(Collectors.toSet());
        // Alice knows Bob's swarm already (as after earlier messages); the lookup itself cannot avoid it.
        Devnets.await(alice.swarmOf(id(bob)));
        sent.clear();
        devnet.startRecording();

        StoreResult stored = Devnets.await(alice.store(id(bob), Namespace.DEFAULT, message, Duration.ofHours(1)));
        devnet.stopRecording();

        assertThat(stored.storedCount()).isEqualTo(bobsSwarm.size());
        assertThat(sent).isNotEmpty().allSatisfy(s -> {
            assertThat(s.body()).doesNotContain(bobsId).doesNotContain(messageOnWire);
            assertThat(bobsSwarmAddresses).noneMatch(s.url()::contains);
        });
        Map<Ed25519PublicKey, List<SeenRequest>> seen = devnet.seenRequests();
        List<SeenRequest> fromAlice = seen.values().stream().flatMap(List::stream).filter(SeenRequest::fromClient)
                .toList();
        // Alice's direct requests are guard tests (SPEC §4.1), which name no account.
        assertThat(fromAlice).as("what the nodes Alice connected to saw: a next hop, or a guard test")
                .isNotEmpty().allSatisfy(s -> {
                    assertThat(s.role()).isIn(SeenRequest.Role.RELAY, SeenRequest.Role.DIRECT);
                    assertThat(s.pubkeys()).isEmpty();
                    assertThat(s.reveals(bobsId)).isFalse();
                    assertThat(s.reveals(messageOnWire)).isFalse();
                });
        assertThat(fromAlice).anySatisfy(s -> assertThat(s.role()).isEqualTo(SeenRequest.Role.RELAY));
        assertThat(seen.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(SeenRequest::fromClient))
                .map(Map.Entry::getKey)).as("nodes Alice connected to").doesNotContainAnyElementsOf(bobsSwarm);
        Map<Ed25519PublicKey, List<SeenRequest>> readers = seen.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(s -> s.reveals(bobsId) || s.reveals(messageOnWire)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(readers).as("nodes that read Bob's ID or the message").hasSize(1);
        assertThat(bobsSwarm).containsAll(readers.keySet());
        assertThat(readers.values().iterator().next().stream()
                .filter(s -> s.reveals(bobsId) || s.reveals(messageOnWire)))
                .as("what the swarm member read").singleElement().satisfies(s -> {
                    assertThat(s.fromClient()).isFalse();
                    assertThat(s.role()).isEqualTo(SeenRequest.Role.DESTINATION);
                });
        assertThat(seen.keySet()).as("guard, two relays and the destination").hasSizeGreaterThanOrEqualTo(4);
    }
}
