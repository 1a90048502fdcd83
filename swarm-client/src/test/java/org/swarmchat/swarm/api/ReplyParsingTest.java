package org.swarmchat.swarm.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.request.MessageHash;
import org.swarmchat.crypto.request.Namespace;
import org.swarmchat.swarm.TestNodes;

/** Replies in the shapes of SPEC §2.3, §3.2 and §3.4 parse into typed results; anything else is malformed. */
class ReplyParsingTest {
    private static final Ed25519KeyPair BOB = TestNodes.keys(900);
    private static final AccountId BOB_ID = AccountId.of(BOB);

    private static JsonNode json(String text) throws MalformedResponseException {
        return SnodeJson.parse(text.getBytes(StandardCharsets.UTF_8), "test");
    }

    private static String sign(Ed25519KeyPair node, String text) {
        return Base64.getEncoder().encodeToString(node.sign(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aStoreCountsOnlyMembersThatSignedTheRightHash() throws Exception {
        StoreRequest store = StoreRequest.toInbox(BOB_ID, Namespace.DEFAULT, new byte[] {1, 2, 3},
                Duration.ofDays(1));
        String hash = store.expectedHash();
        Ed25519KeyPair a = TestNodes.keys(1);
        Ed25519KeyPair b = TestNodes.keys(2);
        Ed25519KeyPair c = TestNodes.keys(3);
        Ed25519KeyPair d = TestNodes.keys(4);
        String body = "{\"swarm\":{"
                + "\"" + a.publicKey().hex() + "\":{\"hash\":\"" + hash + "\",\"signature\":\"" + sign(a, hash)
                + "\",\"expiry\":5,\"t\":1},"
                + "\"" + b.publicKey().hex() + "\":{\"hash\":\"" + hash + "\",\"signature\":\"" + sign(c, hash)
                + "\",\"expiry\":5,\"already\":true},"
                + "\"" + c.publicKey().hex() + "\":{\"failed\":true,\"timeout\":true},"
                + "\"" + d.publicKey().hex() + "\":{\"failed\":true,\"code\":406,\"reason\":\"clock\"}"
                + "},\"hash\":\"" + hash + "\",\"t\":1,\"hf\":[19,3]}";

        StoreResult result = store.parse(json(body));

        assertThat(result.hash()).isEqualTo(MessageHash.compute(BOB_ID.bytes(), 0, new byte[] {1, 2, 3}));
        assertThat(result.memberCount()).isEqualTo(4);
        assertThat(result.storedCount()).isEqualTo(1);
        assertThat(result.swarm().get(b.publicKey())).isEqualTo(new NodeResult.Success<>(
                new StoreResult.StoredCopy(hash, 5, true), false));
        assertThat(result.swarm().get(c.publicKey())).isEqualTo(new NodeResult.Failure<>("timeout"));
        assertThat(result.swarm().get(d.publicKey())).isEqualTo(new NodeResult.Failure<>("code 406: clock"));
    }

    @Test
    void storeRepliesOfTheWrongShapeAreMalformed() {
        StoreRequest store = StoreRequest.toInbox(BOB_ID, Namespace.DEFAULT, new byte[] {1}, Duration.ofDays(1));
        assertThatThrownBy(() -> store.parse(json("{\"hash\":\"x\"}"))).isInstanceOf(MalformedResponseException.class);
        assertThatThrownBy(() -> store.parse(json("{\"swarm\":{\"nothex\":{}}}")))
                .isInstanceOf(MalformedResponseException.class);
        assertThatThrownBy(() -> store.parse(json("[1,2]"))).isInstanceOf(MalformedResponseException.class);
        assertThatThrownBy(() -> SnodeJson.parse("\u00ff\u00fe<garbage>".getBytes(StandardCharsets.ISO_8859_1), "x"))
                .isInstanceOf(MalformedResponseException.class);
        assertThatThrownBy(() -> SnodeJson.parse("{} trailing".getBytes(StandardCharsets.UTF_8), "x"))
                .isInstanceOf(MalformedResponseException.class);
        assertThatThrownBy(() -> SnodeJson.parse(new byte[0], "x")).isInstanceOf(MalformedResponseException.class);
    }

    @Test
    void retrieveKeepsMessagesWhoseHashMatchesTheirData() throws Exception {
        RetrieveRequest retrieve = RetrieveRequest.of(BOB, Namespace.DEFAULT, Optional.empty());
        byte[] data = "hi".getBytes(StandardCharsets.UTF_8);
        String good = MessageHash.compute(BOB_ID.bytes(), 0, data);
        String b64 = Base64.getEncoder().encodeToString(data);
        String body = "{\"messages\":[{\"hash\":\"" + good + "\",\"timestamp\":10,\"expiration\":20,\"data\":\"" + b64
                + "\"},{\"hash\":\"" + "Z".repeat(43) + "\",\"timestamp\":11,\"expiration\":21,\"data\":\"" + b64
                + "\"}],\"more\":true,\"t\":5}";

        RetrieveResult result = retrieve.parse(json(body));

        assertThat(result.messages()).containsExactly(new RetrievedMessage(good, 10, 20, data));
        assertThat(result.more()).isTrue();
        assertThat(result.lastHash()).contains(good);
        assertThatThrownBy(() -> retrieve.parse(json("{\"messages\":[{\"hash\":\"" + good
                + "\",\"timestamp\":1,\"expiration\":2,\"data\":\"***\"}]}")))
                .isInstanceOf(MalformedResponseException.class);
    }

    @Test
    void aSwarmReplyDropsUnusableMembersAndAcceptsTheStringPort() throws Exception {
        Snode n1 = TestNodes.node(1);
        Snode n2 = TestNodes.node(2);
        String body = "{\"snodes\":["
                + member(n1, "\"port_https\":" + n1.port()) + ","
                + member(n2, "\"port\":\"" + n2.port() + "\"") + ","
                + "{\"ip\":\"0.0.0.0\",\"port_https\":1,\"pubkey_ed25519\":\"" + TestNodes.node(3).ed25519().hex()
                + "\",\"pubkey_x25519\":\"" + TestNodes.node(3).x25519().hex() + "\"}"
                + "],\"swarm\":\"7f\",\"t\":1}";

        Swarm swarm = Swarm.parse(json(body));

        assertThat(swarm.id()).isEqualTo("7f");
        assertThat(swarm.members()).containsExactly(n1, n2);
        assertThat(Swarm.parse(json("{\"snodes\":[],\"swarm\":\"ffffffffffffffff\"}")).members()).isEmpty();
        assertThatThrownBy(() -> Swarm.parse(json("{\"swarm\":\"1\"}"))).isInstanceOf(MalformedResponseException.class);
    }

    private static String member(Snode n, String port) {
        return "{\"ip\":\"" + n.ip() + "\"," + port + ",\"pubkey_ed25519\":\"" + n.ed25519().hex()
                + "\",\"pubkey_x25519\":\"" + n.x25519().hex() + "\",\"pubkey_legacy\":\"00\"}";
    }

    @Test
    void aServiceNodeListDropsNodesWithoutAnUptimeProof() throws Exception {
        Snode n1 = TestNodes.node(1);
        ObjectNode result = SnodeJson.object();
        ObjectNode good = result.putArray("service_node_states").addObject();
        good.put("public_ip", n1.ip());
        good.put("storage_port", n1.port());
        good.put("pubkey_ed25519", n1.ed25519().hex());
        good.put("pubkey_x25519", n1.x25519().hex());
        ObjectNode noProof = ((ArrayNode) result.get("service_node_states"))
                .addObject();
        noProof.put("public_ip", "0.0.0.0");
        noProof.put("storage_port", 0);

        assertThat(ServiceNodeList.parse(result)).isEqualTo(List.of(n1));
        good.put("pubkey_x25519", "12");
        assertThatThrownBy(() -> ServiceNodeList.parse(result)).isInstanceOf(MalformedResponseException.class);
    }
}
