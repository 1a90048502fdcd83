package org.swarmchat.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.request.MessageHash;
import org.swarmchat.devnet.fault.FaultControl;

/** Hostile nodes, seen with raw HTTPS requests: each behaviour shows in the reply, and clearing it ends it. */
class HostileFaultsTest {
    private static final long DAY = 86_400_000L;
    private static final Random RANDOM = new Random(47);
    private static LocalDevnet devnet;
    private static DevnetClient client;

    @BeforeAll
    static void start() throws IOException {
        devnet = LocalDevnet.builder().nodes(7).seed(11).rateLimited(false).peerTimeout(Duration.ofMillis(800))
                .start();
        client = new DevnetClient();
    }

    @AfterAll
    static void stop() {
        devnet.close();
    }

    @AfterEach
    void clearFaults() {
        for (DevnetNode node : devnet.nodes()) {
            FaultControl faults = devnet.faults(node);
            faults.clear();
            faults.start();
        }
    }

    @Test
    void aMisdirectingNodeNamesASwarmThatDoesNotServeThePubkey() throws IOException {
        DevnetNode hostile = node(0);
        devnet.faults(hostile).misdirect(1.0);
        TestAccount a = TestAccount.random(RANDOM);
        Set<String> realSwarm = new HashSet<>();
        client.rpc(node(1), "get_swarm", pubkey(a)).json().get("snodes")
                .forEach(s -> realSwarm.add(s.get("pubkey_ed25519").asText()));

        DevnetClient.Reply retrieve = client.rpc(hostile, "retrieve", a.retrieve(0, System.currentTimeMillis()));
        DevnetClient.Reply swarm = client.rpc(hostile, "get_swarm", pubkey(a));

        assertThat(retrieve.status()).isEqualTo(421);
        assertThat(members(retrieve.json())).isNotEqualTo(realSwarm);
        assertThat(swarm.status()).isEqualTo(200);
        assertThat(members(swarm.json())).isNotEqualTo(realSwarm);
        devnet.faults(hostile).clear();
        assertThat(members(client.rpc(hostile, "get_swarm", pubkey(a)).json())).isEqualTo(realSwarm);
    }

    @Test
    void aForgingNodeAddsMessagesThatWereNeverStoredUnderTrueHashes() throws IOException {
        TestAccount a = TestAccount.random(RANDOM);
        byte[] real = new byte[300];
        RANDOM.nextBytes(real);
        String realHash = store(a, real);
        DevnetNode hostile = node(2);
        devnet.faults(hostile).forgeMessages(1.0);

        JsonNode messages = retrieve(hostile, a);

        assertThat(messages.size()).isEqualTo(3);
        List<String> forged = new ArrayList<>();
        for (JsonNode m : messages) {
            byte[] data = Base64.getDecoder().decode(m.get("data").asText());
            assertThat(m.get("hash").asText()).isEqualTo(MessageHash.compute(a.id(), 0, data));
            if (!m.get("hash").asText().equals(realHash)) {
                forged.add(m.get("hash").asText());
                assertThat(data).isNotEqualTo(real);
            }
        }
        assertThat(forged).hasSize(2);
        devnet.faults(hostile).clear();
        assertThat(retrieve(hostile, a)).hasSize(1);
    }

    @Test
    void aReplayingNodeRepeatsStoredMessages() throws IOException {
        TestAccount a = TestAccount.random(RANDOM);
        byte[] real = {8, 1, 18, 3, 1, 2, 3};
        String realHash = store(a, real);
        DevnetNode hostile = node(3);
        devnet.faults(hostile).replayMessages(1.0);

        JsonNode messages = retrieve(hostile, a);

        List<String> hashes = new ArrayList<>();
        List<byte[]> data = new ArrayList<>();
        messages.forEach(m -> {
            hashes.add(m.get("hash").asText());
            data.add(Base64.getDecoder().decode(m.get("data").asText()));
        });
        assertThat(hashes).filteredOn(realHash::equals).hasSize(2);
        byte[] extended = Arrays.copyOf(real, real.length + 2);
        extended[real.length] = 0x78;
        extended[real.length + 1] = 0x01;
        assertThat(data).anySatisfy(d -> assertThat(d).isEqualTo(extended));
        assertThat(hashes).contains(MessageHash.compute(a.id(), 0, extended));
        assertThat(hashes).hasSize(4).as("one made-up hash for the same bytes")
                .filteredOn(h -> !h.equals(realHash) && !h.equals(MessageHash.compute(a.id(), 0, extended)))
                .hasSize(1);
    }

    @Test
    void anOversizedReplyIsValidLookingJsonOfTheGivenSize() throws IOException {
        DevnetNode hostile = node(4);
        devnet.faults(hostile).oversizedReplies(1.0, 3_000_000);
        DevnetClient.Reply reply = client.rpc(hostile, "info", DevnetClient.JSON.createObjectNode());
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).hasSize(3_000_000).startsWith("{\"messages\":[],");
        assertThat(reply.json().get("padding").asText()).hasSizeGreaterThan(2_900_000);
    }

    @Test
    void aSlowLorisSendsTheHeadAtOnceAndTheBodyByteByByte() throws IOException {
        DevnetNode hostile = node(5);
        devnet.faults(hostile).slowLoris(1.0, 4);
        long begin = System.nanoTime();
        HttpResponse<InputStream> reply = client.rpcStreaming(hostile, "info", DevnetClient.JSON.createObjectNode());
        Duration head = Duration.ofNanos(System.nanoTime() - begin);
        try (InputStream body = reply.body()) {
            byte[] first = body.readNBytes(4);
            Duration four = Duration.ofNanos(System.nanoTime() - begin);
            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo("{\"ve");
            assertThat(head).isLessThan(Duration.ofMillis(900));
            assertThat(four).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        }
    }

    @Test
    void invalidJsonParsesButHasTheWrongShape() throws IOException {
        DevnetNode hostile = node(6);
        devnet.faults(hostile).invalidJson(1.0);
        TestAccount a = TestAccount.random(RANDOM);
        for (int i = 0; i < 6; i++) {
            DevnetClient.Reply reply = client.rpc(hostile, "retrieve", a.retrieve(0, System.currentTimeMillis()));
            assertThat(reply.status()).isEqualTo(200);
            JsonNode body = reply.json();
            JsonNode messages = body.path("messages");
            boolean wellFormed = messages.isArray() && body.path("more").isBoolean();
            for (JsonNode m : messages) {
                wellFormed &= m.path("hash").isTextual() && m.path("data").isTextual();
            }
            assertThat(wellFormed).as("reply %s", body).isFalse();
        }
    }

    @Test
    void wrongSignaturesDoNotVerifyWhetherTheNodeIsEntryOrPeer() throws IOException {
        DevnetNode hostile = node(1);
        devnet.faults(hostile).wrongSignatures(1.0);
        TestAccount a = TestAccount.random(RANDOM);

        JsonNode viaHostile = client.rpc(hostile, "store", a.store(new byte[] {4}, System.currentTimeMillis(), DAY))
                .json().get("swarm");
        JsonNode viaHonest = client.rpc(node(0), "store", a.store(new byte[] {5}, System.currentTimeMillis(), DAY))
                .json().get("swarm");

        assertThat(verifies(hostile.ed25519(), viaHostile.get(hostile.ed25519().hex()))).isFalse();
        assertThat(verifies(hostile.ed25519(), viaHonest.get(hostile.ed25519().hex()))).isFalse();
        assertThat(verifies(node(0).ed25519(), viaHonest.get(node(0).ed25519().hex()))).isTrue();
        assertThat(verifies(node(2).ed25519(), viaHonest.get(node(2).ed25519().hex()))).isTrue();
    }

    private static DevnetNode node(int i) {
        return devnet.nodes().get(i);
    }

    private static String store(TestAccount a, byte[] data) throws IOException {
        DevnetClient.Reply reply = client.rpc(node(0), "store", a.store(data, System.currentTimeMillis(), DAY));
        assertThat(reply.status()).isEqualTo(200);
        return reply.json().get("hash").asText();
    }

    private static JsonNode retrieve(DevnetNode node, TestAccount a) throws IOException {
        DevnetClient.Reply reply = client.rpc(node, "retrieve", a.retrieve(0, System.currentTimeMillis()));
        assertThat(reply.status()).isEqualTo(200);
        return reply.json().get("messages");
    }

    private static JsonNode pubkey(TestAccount a) {
        return DevnetClient.JSON.createObjectNode().put("pubkey", a.id());
    }

    private static Set<String> members(JsonNode swarm) {
        Set<String> out = new HashSet<>();
        swarm.get("snodes").forEach(s -> out.add(s.get("pubkey_ed25519").asText()));
        return out;
    }

    private static boolean verifies(Ed25519PublicKey node, JsonNode entry) {
        try {
            byte[] signature = Base64.getDecoder().decode(entry.path("signature").asText());
            return signature.length == 64 && node.verify(signature,
                    entry.get("hash").asText().getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
