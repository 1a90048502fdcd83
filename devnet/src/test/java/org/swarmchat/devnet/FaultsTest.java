package org.swarmchat.devnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.swarmchat.devnet.fault.FaultControl;

/** Fault injection: stopped, dropping, slow, garbling and skewed nodes, seen by clients and by swarm peers. */
class FaultsTest {
    private static final long DAY = 86_400_000L;
    private static LocalDevnet devnet;
    private static DevnetClient client;
    private static final Random RANDOM = new Random(31);

    @BeforeAll
    static void start() throws IOException {
        devnet = LocalDevnet.builder().nodes(7).seed(9).rateLimited(false).peerTimeout(Duration.ofMillis(800))
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
    void aStoppedNodeRefusesConnectionsAndComesBackOnTheSamePort() throws IOException {
        DevnetNode node = devnet.nodes().get(0);
        devnet.faults(node).stop();
        assertThat(devnet.node(node.ed25519()).orElseThrow().running()).isFalse();
        assertThatThrownBy(() -> info(node)).isInstanceOf(IOException.class);
        devnet.faults(node).start();
        DevnetNode again = devnet.node(node.ed25519()).orElseThrow();
        assertThat(again.port()).isEqualTo(node.port());
        assertThat(info(again).status()).isEqualTo(200);
    }

    @Test
    void droppedRequestsGetNoAnswer() {
        DevnetNode node = devnet.nodes().get(1);
        devnet.faults(node).dropRequests(1.0);
        assertThatThrownBy(() -> info(node)).isInstanceOf(IOException.class);
    }

    @Test
    void delayedRequestsAreAnsweredLate() throws IOException {
        DevnetNode node = devnet.nodes().get(2);
        devnet.faults(node).delayRequests(1.0, Duration.ofMillis(400));
        long begin = System.nanoTime();
        assertThat(info(node).status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void garbageIsNotJson() throws IOException {
        DevnetNode node = devnet.nodes().get(3);
        devnet.faults(node).answerGarbage(1.0);
        DevnetClient.Reply reply = info(node);
        assertThat(reply.status()).isEqualTo(200);
        assertThatThrownBy(() -> DevnetClient.JSON.readTree(reply.body())).isInstanceOf(IOException.class);
    }

    @Test
    void aSkewedClockRejectsHonestTimestampsAndShowsInT() throws IOException {
        DevnetNode node = devnet.nodes().get(4);
        devnet.faults(node).skewClock(Duration.ofMinutes(5));
        long now = System.currentTimeMillis();
        assertThat(info(node).json().get("t").asLong()).isGreaterThan(now + Duration.ofMinutes(4).toMillis());
        TestAccount a = TestAccount.random(RANDOM);
        DevnetClient.Reply reply = client.rpc(node, "retrieve", a.retrieve(0, now));
        assertThat(reply.status()).isEqualTo(406);
        assertThat(reply.body()).isEqualTo("retrieve timestamp too far from current time");
        assertThat(devnet.faults(node).policy().clockSkew()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void failingPeersShowInTheSwarmMap() throws IOException {
        DevnetNode entry = devnet.nodes().get(0);
        DevnetNode stopped = devnet.nodes().get(1);
        DevnetNode garbling = devnet.nodes().get(2);
        DevnetNode dropping = devnet.nodes().get(3);
        devnet.faults(stopped).stop();
        devnet.faults(garbling).answerGarbage(1.0);
        devnet.faults(dropping).dropRequests(1.0);
        TestAccount a = TestAccount.random(RANDOM);
        DevnetClient.Reply reply = client.rpc(entry, "store", a.store(new byte[] {1, 2}, System.currentTimeMillis(),
                DAY));
        assertThat(reply.status()).as("the entry and the healthy peers stored it").isEqualTo(200);
        JsonNode swarm = reply.json().get("swarm");
        assertThat(swarm).hasSize(7);
        assertThat(swarm.get(stopped.ed25519().hex()).toString()).isEqualTo("{\"failed\":true,\"timeout\":true}");
        assertThat(swarm.get(garbling.ed25519().hex()).toString())
                .isEqualTo("{\"failed\":true,\"bad_peer_response\":true}");
        assertThat(swarm.get(dropping.ed25519().hex()).toString()).isEqualTo("{\"failed\":true,\"timeout\":true}");
        assertThat(swarm.get(devnet.nodes().get(4).ed25519().hex()).has("hash")).isTrue();
    }

    @Test
    void aPeerWithASkewedClockAnswersWithAnErrorCode() throws IOException {
        DevnetNode entry = devnet.nodes().get(0);
        DevnetNode skewed = devnet.nodes().get(5);
        devnet.faults(skewed).skewClock(Duration.ofHours(-1));
        TestAccount a = TestAccount.random(RANDOM);
        JsonNode swarm = client.rpc(entry, "store", a.store(new byte[] {3}, System.currentTimeMillis(), DAY))
                .json().get("swarm");
        JsonNode peer = swarm.get(skewed.ed25519().hex());
        assertThat(peer.get("failed").asBoolean()).isTrue();
        assertThat(peer.get("code").asInt()).isEqualTo(406);
        assertThat(peer.get("reason").asText()).isEqualTo("Timestamp error: check your clock");
    }

    private static DevnetClient.Reply info(DevnetNode node) throws IOException {
        return client.rpc(node, "info", DevnetClient.JSON.createObjectNode());
    }
}
