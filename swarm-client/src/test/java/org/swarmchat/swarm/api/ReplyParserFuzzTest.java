package org.swarmchat.swarm.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.fuzz.Fuzz;
import org.swarmchat.crypto.fuzz.JsonFuzz;
import org.swarmchat.crypto.request.ExpireMode;
import org.swarmchat.crypto.request.MessageHash;
import org.swarmchat.crypto.request.Namespace;

/**
 * Fuzzes the reply parser of every request type ({@link SnodeRequest#parse}, with {@link SwarmReplies},
 * {@link Swarm#parse} and {@link ServiceNodeList#parse} behind them) with random JSON trees and with field-level
 * mutations of valid replies: only {@link MalformedResponseException} may come out. A batch reply's sub-responses
 * are also read with {@link SubResponse#resultOf}, which adds {@link SnodeRequestException}.
 */
class ReplyParserFuzzTest {
    private static final Ed25519KeyPair ACCOUNT = Ed25519KeyPair.fromSeed(bytes(32, 3));
    private static final String NODE_A = hex(bytes(32, 10));
    private static final String NODE_B = hex(bytes(32, 20));
    private static final byte[] DATA = "stored message".getBytes(StandardCharsets.UTF_8);
    private static final String SIG = Base64.getEncoder().encodeToString(bytes(64, 5));
    private static final String HASH_1 = MessageHash.compute(AccountId.of(ACCOUNT).bytes(), 0, DATA);
    private static final String HASH_2 = MessageHash.compute(AccountId.of(ACCOUNT).bytes(), 0, new byte[] {1});

    private static final StoreRequest STORE = StoreRequest.toInbox(AccountId.of(ACCOUNT), Namespace.DEFAULT, DATA,
            Duration.ofDays(1));
    private static final RetrieveRequest RETRIEVE = RetrieveRequest.of(ACCOUNT, Namespace.DEFAULT, Optional.empty());
    private static final DeleteRequest DELETE = new DeleteRequest(ACCOUNT, List.of(HASH_1, HASH_2), false);
    private static final ExpireRequest EXPIRE = new ExpireRequest(ACCOUNT, List.of(HASH_1), 1_800_000_000_000L,
            ExpireMode.SET);
    private static final GetSwarmRequest GET_SWARM = new GetSwarmRequest(AccountId.of(ACCOUNT).hex());
    private static final GetServiceNodesRequest SERVICE_NODES = new GetServiceNodesRequest();
    private static final InfoRequest INFO = new InfoRequest();
    private static final BatchRequest BATCH = new BatchRequest(List.of(STORE, RETRIEVE, INFO));

    private static final List<String> VOCABULARY = List.of("swarm", "hash", "expiry", "signature", "already",
            "failed", "timeout", "code", "reason", "bad_peer_response", "query_failure", "messages", "data",
            "timestamp", "expiration", "more", "deleted", "updated", "unchanged", "snodes", "ip", "port", "port_https",
            "pubkey_ed25519", "pubkey_x25519", "result", "service_node_states", "public_ip", "storage_port",
            "version", "t", "results", "body", "hf", NODE_A, NODE_B, HASH_1);

    @Property(tries = 1500)
    void storeReplies(@ForAll("storeReplies") JsonNode body) {
        Fuzz.only(() -> STORE.parse(body), MalformedResponseException.class);
    }

    @Property(tries = 1500)
    void retrieveReplies(@ForAll("retrieveReplies") JsonNode body) {
        Fuzz.only(() -> RETRIEVE.parse(body), MalformedResponseException.class).ifPresent(r ->
                r.messages().forEach(m -> assertThat(m.hash()).isIn(HASH_1, HASH_2)));
    }

    @Property(tries = 1500)
    void deleteReplies(@ForAll("deleteReplies") JsonNode body) {
        Fuzz.only(() -> DELETE.parse(body), MalformedResponseException.class);
    }

    @Property(tries = 1500)
    void expireReplies(@ForAll("expireReplies") JsonNode body) {
        Fuzz.only(() -> EXPIRE.parse(body), MalformedResponseException.class);
    }

    @Property(tries = 1500)
    void swarmReplies(@ForAll("swarmReplies") JsonNode body) {
        Fuzz.only(() -> GET_SWARM.parse(body), MalformedResponseException.class).ifPresent(s ->
                s.members().forEach(m -> assertThat(m.port()).isBetween(1, 65_535)));
    }

    @Property(tries = 1500)
    void serviceNodeReplies(@ForAll("serviceNodeReplies") JsonNode body) {
        Fuzz.only(() -> SERVICE_NODES.parse(body), MalformedResponseException.class);
    }

    @Property(tries = 1500)
    void infoReplies(@ForAll("infoReplies") JsonNode body) {
        Fuzz.only(() -> INFO.parse(body), MalformedResponseException.class);
    }

    @Property(tries = 1500)
    void batchRepliesAndTheirSubResponses(@ForAll("batchReplies") JsonNode body) {
        Fuzz.only(() -> BATCH.parse(body), MalformedResponseException.class).ifPresent(results -> {
            for (int i = 0; i < Math.min(results.size(), BATCH.requests().size()); i++) {
                SubResponse sub = results.get(i);
                SnodeRequest<?> request = BATCH.requests().get(i);
                assertThat(sub.code()).isBetween(100, 599);
                Fuzz.only(() -> sub.resultOf(request), SnodeRequestException.class,
                        MalformedResponseException.class);
            }
        });
    }

    @Example
    void theSeedRepliesAreValid() throws Exception {
        assertThat(STORE.parse(validStore()).swarm()).hasSize(2);
        assertThat(RETRIEVE.parse(validRetrieve()).messages()).hasSize(2);
        assertThat(DELETE.parse(validDelete()).swarm()).hasSize(2);
        assertThat(EXPIRE.parse(validExpire()).swarm()).hasSize(1);
        assertThat(GET_SWARM.parse(validSwarm()).members()).hasSize(2);
        assertThat(SERVICE_NODES.parse(validServiceNodes())).hasSize(1);
        assertThat(INFO.parse(validInfo()).version()).containsExactly(2, 8, 0);
        assertThat(BATCH.parse(validBatch())).hasSize(3);
    }

    @Provide
    Arbitrary<JsonNode> storeReplies() {
        return fuzzed(validStore());
    }

    @Provide
    Arbitrary<JsonNode> retrieveReplies() {
        return fuzzed(validRetrieve());
    }

    @Provide
    Arbitrary<JsonNode> deleteReplies() {
        return fuzzed(validDelete());
    }

    @Provide
    Arbitrary<JsonNode> expireReplies() {
        return fuzzed(validExpire());
    }

    @Provide
    Arbitrary<JsonNode> swarmReplies() {
        return fuzzed(validSwarm());
    }

    @Provide
    Arbitrary<JsonNode> serviceNodeReplies() {
        return fuzzed(validServiceNodes());
    }

    @Provide
    Arbitrary<JsonNode> infoReplies() {
        return fuzzed(validInfo());
    }

    @Provide
    Arbitrary<JsonNode> batchReplies() {
        return fuzzed(validBatch());
    }

    /** Mostly mutations of the valid reply, some random trees and objects. */
    private static Arbitrary<JsonNode> fuzzed(JsonNode valid) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, JsonFuzz.mutationsOf(List.of(valid), VOCABULARY)),
                net.jqwik.api.Tuple.of(2, JsonFuzz.objects(2, VOCABULARY)),
                net.jqwik.api.Tuple.of(1, JsonFuzz.trees(2, VOCABULARY)));
    }

    static JsonNode validStore() {
        return json("""
                {"swarm":{"%s":{"hash":"%s","expiry":1800000000000,"signature":"%s","already":false},
                          "%s":{"failed":true,"code":500,"reason":"boom"}},"hf":[19,3],"t":1700000000000}
                """.formatted(NODE_A, STORE.expectedHash(), SIG, NODE_B));
    }

    static JsonNode validRetrieve() {
        return json("""
                {"messages":[{"hash":"%s","data":"%s","timestamp":1700000000000,"expiration":1800000000000},
                             {"hash":"%s","data":"AQ==","timestamp":"1700000000001","expiration":1800000000000}],
                 "more":false}
                """.formatted(HASH_1, Base64.getEncoder().encodeToString(DATA), HASH_2));
    }

    static JsonNode validDelete() {
        return json("""
                {"swarm":{"%s":{"deleted":["%s","%s"],"signature":"%s"},"%s":{"failed":true,"timeout":true}}}
                """.formatted(NODE_A, HASH_1, HASH_2, SIG, NODE_B));
    }

    static JsonNode validExpire() {
        return json("""
                {"swarm":{"%s":{"updated":["%s"],"expiry":1800000000000,"unchanged":{"%s":5},"signature":"%s"}}}
                """.formatted(NODE_A, HASH_1, HASH_2, SIG));
    }

    static JsonNode validSwarm() {
        return json("""
                {"snodes":[{"ip":"10.0.0.1","port_https":22021,"pubkey_ed25519":"%s","pubkey_x25519":"%s"},
                           {"ip":"0.0.0.0","port_https":0,"pubkey_ed25519":"%s","pubkey_x25519":"%s"},
                           {"ip":"10.0.0.2","port":"22022","pubkey_ed25519":"%s","pubkey_x25519":"%s"}],
                 "swarm":"1a2b3c"}
                """.formatted(NODE_A, NODE_B, NODE_B, NODE_A, NODE_B, NODE_A));
    }

    static JsonNode validServiceNodes() {
        return json("""
                {"result":{"service_node_states":[
                    {"public_ip":"10.0.0.1","storage_port":22021,"pubkey_ed25519":"%s","pubkey_x25519":"%s"},
                    {"public_ip":"0.0.0.0","storage_port":1,"pubkey_ed25519":"%s","pubkey_x25519":"%s"}]}}
                """.formatted(NODE_A, NODE_B, NODE_B, NODE_A));
    }

    static JsonNode validInfo() {
        return json("{\"version\":[2,8,0],\"timestamp\":1700000000000}");
    }

    static JsonNode validBatch() {
        return json("""
                {"results":[{"code":200,"body":%s},{"code":200,"body":%s},{"code":421,"body":"wrong swarm"}]}
                """.formatted(validStore(), validRetrieve()));
    }

    private static JsonNode json(String text) {
        try {
            return SnodeJson.parse(text.getBytes(StandardCharsets.UTF_8), "seed");
        } catch (MalformedResponseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(int n, int start) {
        byte[] b = new byte[n];
        IntStream.range(0, n).forEach(i -> b[i] = (byte) (start + i));
        return b;
    }

    private static String hex(byte[] b) {
        return org.bouncycastle.util.encoders.Hex.toHexString(b);
    }
}
