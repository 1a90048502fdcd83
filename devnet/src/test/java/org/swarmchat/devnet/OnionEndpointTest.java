package org.swarmchat.devnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.swarmchat.crypto.onion.CombinedPayload;
import org.swarmchat.crypto.onion.EncryptionType;
import org.swarmchat.crypto.onion.HopKeys;
import org.swarmchat.crypto.onion.OnionHop;
import org.swarmchat.crypto.onion.OnionResponseDecoder;
import org.swarmchat.devnet.recording.SeenRequest;

/** {@code POST /onion_req/v2} of SPEC §4 over real HTTPS: 3-hop requests, every error reply, faults. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class OnionEndpointTest {
    private static final long DAY = 86_400_000L;
    private static final Random RANDOM = new Random(17);
    private static LocalDevnet devnet;
    private static DevnetClient client;

    @BeforeAll
    static void start() throws IOException {
        devnet = LocalDevnet.builder().nodes(12).seed(23).rateLimited(false)
                .onionRelayTimeout(Duration.ofMillis(1500)).start();
        client = new DevnetClient();
    }

    @AfterAll
    static void stop() {
        devnet.close();
    }

    @AfterEach
    void heal() {
        for (DevnetNode node : devnet.nodes()) {
            devnet.faults(node).clear();
            devnet.faults(node).start();
            devnet.recorder(node).stop();
            devnet.recorder(node).clear();
        }
    }

    @ParameterizedTest
    @EnumSource(EncryptionType.class)
    void aThreeHopRequestStoresAndAnotherRetrieves(EncryptionType type) throws Exception {
        TestAccount alice = TestAccount.random(RANDOM);
        DevnetSwarm swarm = devnet.swarmOf(alice.id());
        byte[] data = ("through three hops with " + type).getBytes(StandardCharsets.UTF_8);
        DevnetNode storeAt = swarm.members().get(0);

        JsonNode stored = answer(storeAt, rpc("store", alice.store(data, System.currentTimeMillis(), DAY)), type);

        assertThat(stored.get("status").asInt()).isEqualTo(200);
        assertThat(stored.get("body").isTextual()).as("double-encoded").isTrue();
        assertThat(json(stored.get("body").asText()).get("swarm")).hasSize(swarm.members().size());
        DevnetNode retrieveAt = swarm.members().get(1);
        JsonNode got = answer(retrieveAt, rpc("retrieve", alice.retrieve(0, System.currentTimeMillis())), type);
        assertThat(got.get("status").asInt()).isEqualTo(200);
        assertThat(json(got.get("body").asText()).get("messages")).singleElement()
                .satisfies(m -> assertThat(m.get("data").asText())
                        .isEqualTo(Base64.getEncoder().encodeToString(data)));
    }

    @Test
    void jsonTrueEmbedsTheBodyAndBase64FalseAnswersRawBytes() throws Exception {
        DevnetNode destination = devnet.nodes().get(5);
        byte[] inner = TestOnion.destinationLayer(rpc("info", DevnetClient.JSON.createObjectNode()),
                "{\"headers\":\"\",\"json\":true,\"base64\":false}");
        TestOnion.Built onion = TestOnion.wrap(hops(pathAvoiding(destination), destination), inner,
                EncryptionType.AES_GCM, "");

        DevnetClient.RawReply reply = send(guardFor(destination), onion.guardBody());

        assertThat(reply.status()).isEqualTo(200);
        JsonNode answer = DevnetClient.JSON.readTree(onion.destinationKey().decrypt(reply.body()));
        assertThat(answer.get("status").asInt()).isEqualTo(200);
        assertThat(answer.get("body").isObject()).isTrue();
        assertThat(answer.get("body").has("t")).isTrue();
    }

    @Test
    void aDestinationErrorComesBackEncryptedWithItsStatus() throws Exception {
        JsonNode answer = answer(devnet.nodes().get(4), "{\"method\":\"nope\",\"params\":{}}",
                EncryptionType.XCHACHA20);

        assertThat(answer.get("status").asInt()).isEqualTo(400);
        assertThat(answer.get("body").asText()).isEqualTo("no method nope");
    }

    @Test
    void aBodyWithoutTheOnionLayoutIsRefusedAtTheGuard() throws Exception {
        String key = TestOnion.stranger().x25519().hex();
        expectRefused(new byte[] {1, 2}, "");
        expectRefused(combined(new byte[] {1}, "{}"), "no `ephemeral_key`");
        expectRefused(combined(new byte[] {1}, "[1]"), "");
        expectRefused(combined(new byte[] {1}, "{\"ephemeral_key\":\"abc\"}"),
                "`ephemeral_key` is not 64 hex characters");
        expectRefused(combined(new byte[] {1}, "{\"ephemeral_key\":\"" + key + "\",\"enc_type\":\"rot13\"}"),
                "unknown enc_type 'rot13'");
        expectRefused(combined(new byte[] {1}, "{\"ephemeral_key\":\"" + key + "\",\"hop_no\":\"x\"}"),
                "`hop_no` is not an integer");
    }

    private static void expectRefused(byte[] body, String reason) throws IOException {
        expect(send(devnet.nodes().get(0), body), 400, "Error parsing onion request: " + reason);
    }

    @Test
    void aLayerThatDoesNotOpenIsInvalidCiphertextAtTheGuardOrAtARelay() throws Exception {
        DevnetNode destination = devnet.nodes().get(6);
        List<DevnetNode> path = pathAvoiding(destination);
        TestOnion.Built forSomeoneElse = TestOnion.request(hops(path.subList(1, 3), destination), rpcInfo(),
                EncryptionType.AES_GCM);
        expect(client.postBytes(path.get(0).url() + "/onion_req/v2", forSomeoneElse.guardBody()), 400,
                "Invalid ciphertext");

        OnionHop wrongKey = new OnionHop(path.get(1).ed25519(), TestOnion.stranger().x25519());
        TestOnion.Built badRelay = TestOnion.request(List.of(TestOnion.hop(path.get(0)), wrongKey,
                TestOnion.hop(destination)), rpcInfo(), EncryptionType.XCHACHA20);
        expect(send(path.get(0), badRelay.guardBody()), 400, "Invalid ciphertext");
    }

    @Test
    void anOpenedLayerWithoutUsableJsonIsAnsweredEncryptedInvalidJson() throws Exception {
        DevnetNode node = devnet.nodes().get(0);
        for (byte[] inner : List.of(new byte[] {(byte) 0xff, (byte) 0xff, 0, 0},
                combined(new byte[] {1}, "[1]"),
                combined(new byte[] {1}, "{\"headers\":{},\"json\":\"yes\"}"),
                combined(new byte[] {1}, "{\"destination\":\"beef\",\"ephemeral_key\":\"00\"}"))) {
            TestOnion.Built onion = TestOnion.wrap(List.of(TestOnion.hop(node)), inner, EncryptionType.AES_GCM, "");
            JsonNode answer = open(send(node, onion.guardBody()), onion.keys().getFirst());
            assertThat(answer.get("status").asInt()).isEqualTo(400);
            assertThat(answer.get("body").asText()).isEqualTo("Invalid json");
        }
    }

    @Test
    void aNodeTheNetworkDoesNotKnowIsNotFound() throws Exception {
        DevnetNode destination = devnet.nodes().get(7);
        OnionHop stranger = TestOnion.stranger();
        TestOnion.Built onion = TestOnion.request(List.of(TestOnion.hop(devnet.nodes().get(0)), stranger,
                TestOnion.hop(destination)), rpcInfo(), EncryptionType.AES_GCM);

        expect(send(devnet.nodes().get(0), onion.guardBody()), 502, "Next node not found: " + stranger.ed25519().hex());
    }

    @Test
    void aStoppedNextNodeIsUnreachable() throws Exception {
        DevnetNode destination = devnet.nodes().get(8);
        List<DevnetNode> path = pathAvoiding(destination);
        devnet.faults(path.get(2)).stop();

        expect(send(path.get(0), TestOnion.request(hops(path, destination), rpcInfo(), EncryptionType.AES_GCM)
                .guardBody()), 502,
                "Next node is currently unreachable: " + path.get(2).ed25519().hex());
    }

    @Test
    void aNextNodeThatIsTooSlowOrDropsTheRequestTimesOut() throws Exception {
        DevnetNode destination = devnet.nodes().get(9);
        List<DevnetNode> path = pathAvoiding(destination);
        devnet.faults(destination).delayRequests(1.0, Duration.ofSeconds(3));
        expect(send(path.get(0), TestOnion.request(hops(path, destination), rpcInfo(), EncryptionType.AES_GCM)
                .guardBody()), 504,
                "Request time out");

        devnet.faults(destination).clear().dropRequests(1.0);
        expect(send(path.get(0), TestOnion.request(hops(path, destination), rpcInfo(), EncryptionType.AES_GCM)
                .guardBody()), 504,
                "Request time out");
    }

    @Test
    void aGarblingDestinationsAnswerComesBackAsItIsAndDoesNotDecrypt() throws Exception {
        DevnetNode destination = devnet.nodes().get(10);
        devnet.faults(destination).answerGarbage(1.0);
        TestOnion.Built onion = TestOnion.request(hops(pathAvoiding(destination), destination), rpcInfo(),
                EncryptionType.AES_GCM);

        DevnetClient.RawReply reply = send(guardFor(destination), onion.guardBody());

        assertThat(reply.status()).isEqualTo(200);
        assertThatThrownBy(() -> OnionResponseDecoder.decodeText(new String(reply.body(),
                StandardCharsets.ISO_8859_1), onion.destinationKey())).isInstanceOf(Exception.class);
    }

    @Test
    void aStoppedGuardRefusesTheConnection() {
        DevnetNode destination = devnet.nodes().get(11);
        DevnetNode guard = guardFor(destination);
        devnet.faults(guard).stop();
        TestOnion.Built onion = TestOnion.request(hops(pathAvoiding(destination), destination), rpcInfo(),
                EncryptionType.AES_GCM);

        assertThatThrownBy(() -> send(guard, onion.guardBody())).isInstanceOf(IOException.class);
    }

    @Test
    void moreThanFifteenHopsAreRefused() throws Exception {
        DevnetNode destination = devnet.nodes().get(11);
        TestOnion.Built onion = TestOnion.wrap(hops(pathAvoiding(destination), destination),
                TestOnion.destinationLayer(rpcInfo(), "{\"headers\":{}}"), EncryptionType.AES_GCM, ",\"hop_no\":15");

        expect(send(guardFor(destination), onion.guardBody()), 400, "onion request max path length exceeded");
    }

    @Test
    void aRelayHeaderThatNamesNoNodeIsRefused() throws Exception {
        DevnetNode destination = devnet.nodes().get(3);
        TestOnion.Built onion = TestOnion.request(hops(pathAvoiding(destination), destination), rpcInfo(),
                EncryptionType.AES_GCM);

        expect(client.postBytes(devnet.nodes().get(0).url() + "/onion_req/v2", onion.guardBody(),
                "X-Devnet-Relay-From", "zz"), 400, "Invalid internal onion request: ");
    }

    @Test
    void aServerTargetTheStorageServerWouldRefuseIsAnInvalidUrl() throws Exception {
        DevnetNode exit = devnet.nodes().get(2);
        byte[] inner = combined(new byte[] {1}, "{\"host\":\"example.org\",\"target\":\"/etc/passwd\"}");
        TestOnion.Built onion = TestOnion.wrap(List.of(TestOnion.hop(devnet.nodes().get(1)), TestOnion.hop(exit)),
                inner, EncryptionType.AES_GCM, "");

        JsonNode answer = open(send(devnet.nodes().get(1), onion.guardBody()), onion.destinationKey());

        assertThat(answer.get("status").asInt()).isEqualTo(400);
        assertThat(answer.get("body").asText()).isEqualTo("Invalid url");
    }

    @Test
    void aNodeInNoSwarmIsNotReadyAsGuardOrAsRelay() throws Exception {
        DevnetNode node = devnet.nodes().get(1);
        devnet.decommission(node);
        try {
            DevnetNode destination = devnet.nodes().get(4);
            List<DevnetNode> others = pathAvoiding(destination).stream().filter(n -> !n.equals(node)).toList();
            TestOnion.Built asGuard = TestOnion.request(List.of(TestOnion.hop(node), TestOnion.hop(destination)),
                    rpcInfo(), EncryptionType.AES_GCM);
            expect(send(node, asGuard.guardBody()), 503, "Service node is not ready: not in any swarm\n");
            TestOnion.Built asRelay = TestOnion.request(List.of(TestOnion.hop(others.get(0)), TestOnion.hop(node),
                    TestOnion.hop(destination)), rpcInfo(), EncryptionType.AES_GCM);
            expect(send(others.get(0), asRelay.guardBody()), 503, "Snode not ready: " + node.ed25519().hex());
        } finally {
            devnet.recommission(node);
        }
    }

    @Test
    void theRecordingShowsWhatEachNodeCouldRead() throws Exception {
        TestAccount bob = TestAccount.random(RANDOM);
        DevnetNode destination = devnet.swarmOf(bob.id()).members().get(0);
        List<DevnetNode> path = pathAvoiding(destination);
        String data = Base64.getEncoder().encodeToString("for bob".getBytes(StandardCharsets.UTF_8));
        String store = rpc("store", bob.store("for bob".getBytes(StandardCharsets.UTF_8), System.currentTimeMillis(),
                DAY));
        client.rpc(destination, "info", DevnetClient.JSON.createObjectNode());
        assertThat(devnet.seenRequests()).as("off by default").isEmpty();

        devnet.startRecording();
        TestOnion.Built onion = TestOnion.request(hops(path, destination), store, EncryptionType.AES_GCM);
        assertThat(open(send(path.get(0), onion.guardBody()), onion.destinationKey()).get("status").asInt())
                .isEqualTo(200);
        devnet.stopRecording();

        var seen = devnet.seenRequests();
        assertThat(seen.keySet()).containsExactlyInAnyOrder(path.get(0).ed25519(), path.get(1).ed25519(),
                path.get(2).ed25519(), destination.ed25519());
        var guard = seen.get(path.get(0).ed25519());
        assertThat(guard).singleElement().satisfies(s -> {
            assertThat(s.fromClient()).isTrue();
            assertThat(s.nextHop()).contains(path.get(1).ed25519());
            assertThat(s.reveals(bob.id())).isFalse();
            assertThat(s.reveals(data)).isFalse();
        });
        assertThat(seen.get(path.get(2).ed25519())).singleElement().satisfies(s -> {
            assertThat(s.previousHop()).contains(path.get(1).ed25519());
            assertThat(s.nextHop()).contains(destination.ed25519());
        });
        assertThat(seen.get(destination.ed25519())).singleElement().satisfies(s -> {
            assertThat(s.previousHop()).contains(path.get(2).ed25519());
            assertThat(s.pubkeys()).containsExactly(bob.id());
            assertThat(s.messageData()).containsExactly(data);
        });
    }

    @Test
    void directRequestsAreRecordedToo() throws Exception {
        TestAccount carol = TestAccount.random(RANDOM);
        DevnetNode node = devnet.swarmOf(carol.id()).members().get(0);
        devnet.recorder(node).clear();
        devnet.recorder(node).start();
        try {
            client.rpc(node, "store", carol.store(new byte[] {7}, System.currentTimeMillis(), DAY));
        } finally {
            devnet.recorder(node).stop();
        }

        assertThat(devnet.recorder(node).seen()).singleElement().satisfies(s -> {
            assertThat(s.role()).isEqualTo(SeenRequest.Role.DIRECT);
            assertThat(s.fromClient()).isTrue();
            assertThat(s.pubkeys()).containsExactly(carol.id());
        });
    }

    private static JsonNode answer(DevnetNode destination, String rpc, EncryptionType type) throws Exception {
        TestOnion.Built onion = TestOnion.request(hops(pathAvoiding(destination), destination), rpc, type);
        return open(send(guardFor(destination), onion.guardBody()), onion.destinationKey());
    }

    private static DevnetClient.RawReply send(DevnetNode guard, byte[] body) throws IOException {
        return client.postBytes(guard.url() + "/onion_req/v2", body);
    }

    /** The guard of {@link #pathAvoiding}. */
    private static DevnetNode guardFor(DevnetNode destination) {
        return pathAvoiding(destination).getFirst();
    }

    /** Three nodes other than {@code destination}, in devnet order; the first is the guard. */
    private static List<DevnetNode> pathAvoiding(DevnetNode destination) {
        List<DevnetNode> path = new ArrayList<>();
        for (DevnetNode node : devnet.nodes()) {
            if (!node.ed25519().equals(destination.ed25519()) && path.size() < 3) {
                path.add(node);
            }
        }
        return path;
    }

    private static List<OnionHop> hops(List<DevnetNode> path, DevnetNode destination) {
        List<OnionHop> hops = new ArrayList<>(path.stream().map(TestOnion::hop).toList());
        hops.add(TestOnion.hop(destination));
        return hops;
    }

    private static JsonNode open(DevnetClient.RawReply reply, HopKeys key) throws Exception {
        assertThat(reply.status()).as(new String(reply.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return json(OnionResponseDecoder.decodeText(new String(reply.body(), StandardCharsets.US_ASCII), key));
    }

    private static void expect(DevnetClient.RawReply reply, int status, String textStart) {
        String text = new String(reply.body(), StandardCharsets.UTF_8);
        assertThat(reply.status()).as(text).isEqualTo(status);
        assertThat(text).startsWith(textStart);
    }

    private static JsonNode json(String text) throws IOException {
        return DevnetClient.JSON.readTree(text);
    }

    private static byte[] combined(byte[] blob, String json) {
        return CombinedPayload.encode(blob, json.getBytes(StandardCharsets.UTF_8));
    }

    private static String rpc(String method, ObjectNode params) {
        ObjectNode body = DevnetClient.JSON.createObjectNode();
        body.put("method", method);
        body.set("params", params);
        return body.toString();
    }

    private static String rpcInfo() {
        return rpc("info", DevnetClient.JSON.createObjectNode());
    }
}
