package org.swarmchat.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.swarmchat.crypto.Ed25519PublicKey;

/** Every storage RPC method and status code of SPEC §3, over real HTTPS on loopback. */
class StorageRpcTest {
    private static final long DAY = 86_400_000L;
    private static LocalDevnet devnet;
    private static DevnetClient client;
    private static final Random RANDOM = new Random(5);

    @BeforeAll
    static void start() throws IOException {
        devnet = LocalDevnet.builder().nodes(14).seed(42).rateLimited(false).start();
        client = new DevnetClient();
    }

    @AfterAll
    static void stop() {
        devnet.close();
    }

    @Test
    void aStoreIsReplicatedToTheWholeSwarmWithSignedResults() throws IOException {
        TestAccount alice = TestAccount.random(RANDOM);
        DevnetSwarm swarm = devnet.swarmOf(alice.id());
        byte[] data = "hello swarm".getBytes(StandardCharsets.UTF_8);
        long now = System.currentTimeMillis();
        DevnetClient.Reply reply = client.rpc(swarm.members().get(0), "store", alice.store(data, now, DAY));
        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        String hash = body.get("hash").asText();
        assertThat(hash).hasSize(43);
        assertThat(body.has("t")).isTrue();
        assertThat(body.get("hf")).hasSize(2);
        JsonNode results = body.get("swarm");
        assertThat(results).hasSize(swarm.members().size());
        for (DevnetNode member : swarm.members()) {
            JsonNode mine = results.get(member.ed25519().hex());
            assertThat(mine.get("hash").asText()).isEqualTo(hash);
            assertThat(mine.get("expiry").asLong()).isEqualTo(now + DAY);
            byte[] sig = Base64.getDecoder().decode(mine.get("signature").asText());
            assertThat(member.ed25519().verify(sig, hash.getBytes(StandardCharsets.US_ASCII))).isTrue();
        }
        assertThat(results.get(swarm.members().get(0).ed25519().hex()).has("t")).as("entry node only").isTrue();
        for (DevnetNode member : swarm.members()) {
            JsonNode messages = retrieve(member, alice, 0).json().get("messages");
            assertThat(messages).hasSize(1);
            assertThat(messages.get(0).get("hash").asText()).isEqualTo(hash);
            assertThat(Base64.getDecoder().decode(messages.get(0).get("data").asText())).isEqualTo(data);
            assertThat(messages.get(0).get("timestamp").asLong()).isEqualTo(now);
            assertThat(messages.get(0).get("expiration").asLong()).isEqualTo(now + DAY);
        }
        DevnetClient.Reply again = client.rpc(swarm.members().get(1), "store", alice.store(data, now, 2 * DAY));
        JsonNode entry = again.json().get("swarm").get(swarm.members().get(1).ed25519().hex());
        assertThat(entry.get("already").asBoolean()).isTrue();
        assertThat(entry.get("expiry").asLong()).isEqualTo(now + 2 * DAY);
    }

    @Test
    void aForeignPubkeyGets421WithTheRightSwarm() throws IOException {
        TestAccount bob = TestAccount.random(RANDOM);
        DevnetSwarm right = devnet.swarmOf(bob.id());
        DevnetNode wrong = devnet.nodes().stream().filter(n -> n.swarmId() != right.id()).findFirst().orElseThrow();
        for (DevnetClient.Reply reply : List.of(
                client.rpc(wrong, "store", bob.store(new byte[] {1}, System.currentTimeMillis(), DAY)),
                retrieve(wrong, bob, 0))) {
            assertThat(reply.status()).isEqualTo(421);
            JsonNode body = reply.json();
            assertThat(body.get("swarm").asText()).isEqualTo(right.hexId());
            assertThat(body.has("t")).isTrue();
            List<String> keys = new ArrayList<>();
            body.get("snodes").forEach(s -> keys.add(s.get("pubkey_ed25519").asText()));
            assertThat(keys).containsExactlyInAnyOrderElementsOf(
                    right.members().stream().map(m -> m.ed25519().hex()).toList());
            JsonNode first = body.get("snodes").get(0);
            assertThat(first.get("ip").asText()).isEqualTo("127.0.0.1");
            assertThat(first.get("port").isTextual()).isTrue();
            assertThat(first.get("port_https").isInt()).isTrue();
            assertThat(first.get("address").asText()).endsWith(".snode");
        }
    }

    @Test
    void storeChecksTtlClockSignatureAndSize() throws IOException {
        TestAccount a = TestAccount.random(RANDOM);
        DevnetNode node = devnet.swarmOf(a.id()).members().get(0);
        long now = System.currentTimeMillis();
        expect(client.rpc(node, "store", a.store(new byte[] {1}, now, 9_000)), 403,
                "Provided expiry/TTL is not valid.");
        expect(client.rpc(node, "store", a.store(new byte[] {1}, now, 15 * DAY)), 403,
                "Provided expiry/TTL is not valid.");
        assertThat(client.rpc(node, "store", a.signedStore(2, new byte[] {1}, now, 29 * DAY)).status())
                .as("private namespaces allow 30 days").isEqualTo(200);
        expect(client.rpc(node, "store", a.store(new byte[] {1}, now + 20_000, DAY)), 406,
                "Timestamp error: check your clock");
        expect(client.rpc(node, "store", a.store(new byte[] {1}, now - 2 * DAY, DAY)), 406,
                "Timestamp error: check your clock");
        ObjectNode unsigned = a.store(new byte[] {2}, now, DAY);
        unsigned.put("namespace", 2);
        expect(client.rpc(node, "store", unsigned), 401, "store: signature required to store to namespace 2");
        ObjectNode badSig = a.signedStore(2, new byte[] {3}, now, DAY);
        badSig.put("signature", a.sign("store3" + now));
        expect(client.rpc(node, "store", badSig), 401, "store signature verification failed");
        ObjectNode oldSig = a.signedStore(2, new byte[] {4}, now, DAY);
        oldSig.put("sig_timestamp", now - 120_000);
        oldSig.put("signature", a.sign("store2" + (now - 120_000)));
        expect(client.rpc(node, "store", oldSig), 406, "store signature timestamp too far from current time");
        assertThat(client.rpc(node, "store", a.store(new byte[76_800], now, DAY)).status()).isEqualTo(200);
        expect(client.rpc(node, "store", a.store(new byte[76_801], now, DAY)), 400,
                "invalid request: Message body exceeds maximum allowed length of 76800 bytes");
        ObjectNode stringly = a.store(new byte[] {5}, now, DAY);
        stringly.put("timestamp", Long.toString(now));
        stringly.put("ttl", Long.toString(DAY));
        assertThat(client.rpc(node, "store", stringly).status()).as("stringified numbers").isEqualTo(200);
    }

    @Test
    void retrieveNeedsAFreshSignatureAndPagesByLastHash() throws IOException {
        TestAccount a = TestAccount.random(RANDOM);
        DevnetNode node = devnet.swarmOf(a.id()).members().get(0);
        long now = System.currentTimeMillis();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            hashes.add(client.rpc(node, "store", a.store(new byte[] {(byte) i}, now, DAY)).json().get("hash")
                    .asText());
        }
        ObjectNode unsigned = DevnetClient.JSON.createObjectNode().put("pubkey", a.id());
        expect(client.rpc(node, "retrieve", unsigned), 401, "retrieve: request signature required");
        ObjectNode stale = a.retrieve(0, now - 120_000);
        expect(client.rpc(node, "retrieve", stale), 406, "retrieve timestamp too far from current time");
        ObjectNode forged = a.retrieve(0, now);
        forged.put("signature", a.sign("retrieve2" + now));
        expect(client.rpc(node, "retrieve", forged), 401, "retrieve signature verification failed");
        ObjectNode page = a.retrieve(0, now);
        page.put("max_count", 2);
        JsonNode first = client.rpc(node, "retrieve", page).json();
        assertThat(hashesOf(first)).containsExactly(hashes.get(0), hashes.get(1));
        assertThat(first.get("more").asBoolean()).isTrue();
        ObjectNode next = a.retrieve(0, now);
        next.put("last_hash", hashes.get(1));
        JsonNode rest = client.rpc(node, "retrieve", next).json();
        assertThat(hashesOf(rest)).containsExactly(hashes.get(2), hashes.get(3), hashes.get(4));
        assertThat(rest.get("more").asBoolean()).isFalse();
        ObjectNode badHash = a.retrieve(0, now);
        badHash.put("lastHash", "short");
        expect(client.rpc(node, "retrieve", badHash), 400, "invalid request: Invalid last_hash: expected base64 (43"
                + " chars)");
        ObjectNode legacy = DevnetClient.JSON.createObjectNode().put("pubKey", a.id()).put("namespace", -10);
        assertThat(client.rpc(node, "retrieve", legacy).status()).as("-10 needs no signature").isEqualTo(200);
    }

    @Test
    void deleteDeleteAllAndDeleteBeforeAreSignedPerNode() throws IOException {
        TestAccount a = TestAccount.random(RANDOM);
        DevnetSwarm swarm = devnet.swarmOf(a.id());
        DevnetNode node = swarm.members().get(0);
        long now = System.currentTimeMillis();
        String h1 = storeHash(node, a, new byte[] {1}, now);
        String h2 = storeHash(node, a, new byte[] {2}, now);
        String missing = "A".repeat(43);
        JsonNode deleted = client.rpc(node, "delete", a.delete(List.of(h1, missing))).json();
        assertThat(deleted.get("swarm")).hasSize(swarm.members().size());
        for (DevnetNode member : swarm.members()) {
            JsonNode mine = deleted.get("swarm").get(member.ed25519().hex());
            assertThat(mine.get("deleted")).hasSize(1);
            assertThat(mine.get("deleted").get(0).asText()).isEqualTo(h1);
            assertSigned(member, mine, a.id() + h1 + missing + h1);
        }
        ObjectNode required = a.delete(List.of(missing));
        required.put("required", true);
        assertThat(client.rpc(node, "delete", required).status()).isEqualTo(404);
        ObjectNode nsTwo = a.signedStore(2, new byte[] {9}, now, DAY);
        String h3 = client.rpc(node, "store", nsTwo).json().get("hash").asText();
        JsonNode one = client.rpc(node, "delete_all", a.deleteAll(0, now)).json();
        JsonNode mine = one.get("swarm").get(node.ed25519().hex());
        assertThat(mine.get("deleted").get(0).asText()).isEqualTo(h2);
        assertSigned(node, mine, a.id() + now + h2);
        JsonNode all = client.rpc(node, "delete_all", a.deleteAll(null, now)).json();
        JsonNode allMine = all.get("swarm").get(node.ed25519().hex());
        assertThat(allMine.get("deleted").get("2").get(0).asText()).isEqualTo(h3);
        expect(client.rpc(node, "delete_all", a.deleteAll(0, now - 120_000)), 406,
                "delete_all timestamp too far from current time");
        String h4 = storeHash(node, a, new byte[] {4}, now - 1000);
        ObjectNode before = DevnetClient.JSON.createObjectNode().put("pubkey", a.id()).put("before", now - 500);
        a.auth(before, "delete_before" + (now - 500));
        JsonNode db = client.rpc(node, "delete_before", before).json();
        assertThat(db.get("swarm").get(node.ed25519().hex()).get("deleted").get(0).asText()).isEqualTo(h4);
        ObjectNode future = DevnetClient.JSON.createObjectNode().put("pubkey", a.id()).put("before", now + DAY);
        a.auth(future, "delete_before" + (now + DAY));
        expect(client.rpc(node, "delete_before", future), 401, "delete_before timestamp too far in the future");
    }

    @Test
    void expireExpireAllAndGetExpiries() throws IOException {
        TestAccount a = TestAccount.random(RANDOM);
        DevnetNode node = devnet.swarmOf(a.id()).members().get(0);
        long now = System.currentTimeMillis();
        String h = storeHash(node, a, new byte[] {7}, now);
        long later = now + 2 * DAY;
        ObjectNode extend = DevnetClient.JSON.createObjectNode().put("pubkey", a.id()).put("expiry", later)
                .put("extend", true);
        extend.putArray("messages").add(h);
        a.auth(extend, "expireextend" + later + h);
        JsonNode mine = client.rpc(node, "expire", extend).json().get("swarm").get(node.ed25519().hex());
        assertThat(mine.get("updated").get(0).asText()).isEqualTo(h);
        assertThat(mine.get("expiry").asLong()).isEqualTo(later);
        assertThat(mine.get("unchanged")).isEmpty();
        assertSigned(node, mine, a.id() + later + h + h);
        ObjectNode shortenLater = DevnetClient.JSON.createObjectNode().put("pubkey", a.id())
                .put("expiry", later + DAY).put("shorten", true);
        shortenLater.putArray("messages").add(h);
        a.auth(shortenLater, "expireshorten" + (later + DAY) + h);
        JsonNode same = client.rpc(node, "expire", shortenLater).json().get("swarm").get(node.ed25519().hex());
        assertThat(same.get("updated")).isEmpty();
        assertThat(same.get("unchanged").get(h).asLong()).isEqualTo(later);
        ObjectNode past = DevnetClient.JSON.createObjectNode().put("pubkey", a.id()).put("expiry", now - 120_000);
        past.putArray("messages").add(h);
        a.auth(past, "expire" + (now - 120_000) + h);
        expect(client.rpc(node, "expire", past), 401, "expire: timestamp should be >= current time");
        ObjectNode get = DevnetClient.JSON.createObjectNode().put("pubkey", a.id()).put("timestamp", now);
        get.putArray("messages").add(h);
        a.auth(get, "get_expiries" + now + h);
        DevnetClient.Reply expiries = client.rpc(node, "get_expiries", get);
        assertThat(expiries.json().get("expiries").get(h).asLong()).isEqualTo(later);
        assertThat(expiries.json().has("t")).isFalse();
        long soon = now + DAY / 2;
        ObjectNode all = DevnetClient.JSON.createObjectNode().put("pubkey", a.id()).put("expiry", soon)
                .put("namespace", "all");
        a.auth(all, "expire_all" + "all" + soon);
        JsonNode allMine = client.rpc(node, "expire_all", all).json().get("swarm").get(node.ed25519().hex());
        assertThat(allMine.get("updated").get("0").get(0).asText()).isEqualTo(h);
        assertSigned(node, allMine, a.id() + soon + h);
    }

    @Test
    void envelopeAndParameterErrorsArePlainText() throws IOException {
        DevnetNode node = devnet.nodes().get(0);
        String url = node.url() + "/storage_rpc/v1";
        DevnetClient.Reply badJson = client.post(url, "{nope");
        expect(badJson, 400, "invalid json");
        assertThat(badJson.contentType()).startsWith("text/plain");
        expect(client.post(url, "{\"params\":{}}"), 400, "invalid json: no `method` field");
        expect(client.post(url, "{\"method\":\"info\"}"), 400, "invalid json: no `params` field");
        expect(client.post(url, "{\"method\":\"nosuch\",\"params\":{}}"), 400, "no method nosuch");
        ObjectNode noPubkey = DevnetClient.JSON.createObjectNode().put("timestamp", 1_700_000_000_000L);
        expect(client.rpc(node, "store", noPubkey), 400, "invalid request: Required field 'ttl' missing".replace(
                "'ttl'", "'expiry' or 'ttl'"));
        ObjectNode badNs = DevnetClient.JSON.createObjectNode().put("pubkey", "05" + "00".repeat(32))
                .put("namespace", 40_000);
        expect(client.rpc(node, "retrieve", badNs), 400,
                "invalid request: Invalid value given for 'namespace': value out of range");
        ObjectNode seconds = DevnetClient.JSON.createObjectNode().put("pubkey", "05" + "00".repeat(32))
                .put("timestamp", 1_700_000L);
        expect(client.rpc(node, "get_expiries", seconds), 400,
                "invalid request: Invalid timestamp for 'timestamp': timestamp must be in milliseconds");
        ObjectNode shortKey = DevnetClient.JSON.createObjectNode().put("pubkey", "05abcd");
        expect(client.rpc(node, "get_swarm", shortKey), 400,
                "invalid request: Pubkey must be 66 hex digits/33 bytes long");
        expect(client.post(url, "{\"method\":\"info\",\"params\":{}}", "X-Loki-Long-Poll", "true"), 410,
                "long polling is no longer supported");
        assertThat(client.post(node.url() + "/nowhere", "{}").status()).isEqualTo(404);
        assertThat(client.get(url).status()).as("GET is not routed").isEqualTo(404);
    }

    @Test
    void infoGetSwarmAndOxendRequest() throws IOException {
        DevnetNode node = devnet.nodes().get(0);
        long before = System.currentTimeMillis();
        JsonNode info = client.rpc(node, "info", DevnetClient.JSON.createObjectNode()).json();
        assertThat(info.get("version").toString()).isEqualTo("[2,8,0]");
        assertThat(info.get("timestamp").asLong()).isBetween(before, System.currentTimeMillis());
        TestAccount a = TestAccount.random(RANDOM);
        JsonNode swarm = client.rpc(node, "get_snodes_for_pubkey",
                DevnetClient.JSON.createObjectNode().put("pubKey", a.id())).json();
        assertThat(swarm.get("swarm").asText()).isEqualTo(devnet.swarmOf(a.id()).hexId());
        ObjectNode oxend = DevnetClient.JSON.createObjectNode().put("endpoint", "get_service_nodes");
        oxend.putObject("params").put("active_only", true).putObject("fields").put("public_ip", true)
                .put("storage_port", true).put("pubkey_ed25519", true);
        JsonNode result = client.rpc(node, "oxend_request", oxend).json().get("result");
        assertThat(result.get("service_node_states")).hasSize(14);
        JsonNode state = result.get("service_node_states").get(0);
        assertThat(fieldNames(state)).containsExactlyInAnyOrder("public_ip", "storage_port", "pubkey_ed25519");
        assertThat(result.get("height").asLong()).isEqualTo(devnet.height());
        ObjectNode badEndpoint = DevnetClient.JSON.createObjectNode().put("endpoint", "get_info");
        expect(client.rpc(node, "oxend_request", badEndpoint), 400,
                "invalid request: Invalid oxend endpoint 'get_info'");
    }

    @Test
    void batchSequenceAndIfElse() throws IOException {
        TestAccount a = TestAccount.random(RANDOM);
        DevnetNode node = devnet.swarmOf(a.id()).members().get(0);
        long now = System.currentTimeMillis();
        ObjectNode batch = DevnetClient.JSON.createObjectNode();
        batch.putArray("requests")
                .add(request("store", a.store(new byte[] {1}, now, DAY)))
                .add(request("retrieve", DevnetClient.JSON.createObjectNode().put("pubkey", a.id())))
                .add(request("info", DevnetClient.JSON.createObjectNode()));
        JsonNode results = client.rpc(node, "batch", batch).json().get("results");
        assertThat(results).hasSize(3);
        assertThat(results.get(0).get("code").asInt()).isEqualTo(200);
        assertThat(results.get(1).get("code").asInt()).isEqualTo(401);
        assertThat(results.get(1).get("body").asText()).isEqualTo("retrieve: request signature required");
        assertThat(results.get(2).get("body").get("version")).hasSize(3);
        ObjectNode sequence = batch.deepCopy();
        JsonNode seq = client.rpc(node, "sequence", sequence).json().get("results");
        assertThat(seq).as("stops after the first failure").hasSize(2);
        ObjectNode tooMany = DevnetClient.JSON.createObjectNode();
        var list = tooMany.putArray("requests");
        for (int i = 0; i < 21; i++) {
            list.add(request("info", DevnetClient.JSON.createObjectNode()));
        }
        expect(client.rpc(node, "batch", tooMany), 400,
                "invalid request: Invalid batch request: subrequest limit exceeded");
        ObjectNode nested = DevnetClient.JSON.createObjectNode();
        nested.putArray("requests").add(request("batch", batch));
        expect(client.rpc(node, "batch", nested), 400,
                "invalid request: Invalid batch subrequest: subrequests may not contain meta-requests");
        ObjectNode ifelse = DevnetClient.JSON.createObjectNode();
        ifelse.putObject("if").putArray("hf_at_least").add(19).add(1);
        ifelse.set("then", request("info", DevnetClient.JSON.createObjectNode()));
        JsonNode cond = client.rpc(node, "ifelse", ifelse).json();
        assertThat(cond.get("condition").asBoolean()).isTrue();
        assertThat(cond.get("result").get("code").asInt()).isEqualTo(200);
        assertThat(cond.get("height").asLong()).isEqualTo(devnet.height());
    }

    @Test
    void theSeedAnswersOxendJsonRpcAndNetworkInfo() throws IOException {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"get_n_service_nodes\",\"params\":{\"active_only\":"
                + "true,\"fields\":{\"public_ip\":true,\"storage_port\":true,\"pubkey_x25519\":true,"
                + "\"pubkey_ed25519\":true,\"requested_unlock_height\":true,\"height\":true}}}";
        JsonNode reply = client.post(devnet.seedUrl() + "/json_rpc", body).json();
        assertThat(reply.get("id").asInt()).isEqualTo(7);
        JsonNode result = reply.get("result");
        assertThat(result.get("height").asLong()).isEqualTo(devnet.height());
        assertThat(result.get("service_node_states")).hasSize(14);
        for (JsonNode state : result.get("service_node_states")) {
            assertThat(fieldNames(state)).containsExactlyInAnyOrder("public_ip", "storage_port", "pubkey_x25519",
                    "pubkey_ed25519", "requested_unlock_height");
            DevnetNode node = devnet.node(Ed25519PublicKey.fromHex(state.get("pubkey_ed25519").asText()))
                    .orElseThrow();
            assertThat(state.get("storage_port").asInt()).isEqualTo(node.port());
            assertThat(state.get("pubkey_x25519").asText()).isEqualTo(node.x25519().hex());
        }
        JsonNode all = client.post(devnet.nodes().get(3).url() + "/json_rpc",
                "{\"jsonrpc\":\"2.0\",\"method\":\"get_service_nodes\",\"params\":{}}").json().get("result");
        assertThat(fieldNames(all.get("service_node_states").get(0))).contains("swarm_id", "storage_lmq_port");
        JsonNode unknown = client.post(devnet.seedUrl() + "/json_rpc", "{\"method\":\"get_info\"}").json();
        assertThat(unknown.get("error").get("code").asInt()).isEqualTo(-32601);
        JsonNode info = client.get(devnet.seedUrl() + "/info").json();
        assertThat(info.get("devnet").asBoolean()).isTrue();
        assertThat(info.get("network").get("network_size").asInt()).isEqualTo(14);
        assertThat(info.get("price").get("usd").asDouble()).isZero();
        assertThat(info.has("token")).isTrue();
        assertThat(client.get(devnet.nodes().get(0).url() + "/info").json().get("devnet").asBoolean()).isTrue();
        assertThat(client.get(devnet.seedUrl() + "/storage_rpc/v1").status()).isEqualTo(404);
    }

    private static ObjectNode request(String method, ObjectNode params) {
        ObjectNode r = DevnetClient.JSON.createObjectNode();
        r.put("method", method);
        r.set("params", params);
        return r;
    }

    private static DevnetClient.Reply retrieve(DevnetNode node, TestAccount account, int ns) throws IOException {
        return client.rpc(node, "retrieve", account.retrieve(ns, System.currentTimeMillis()));
    }

    private static String storeHash(DevnetNode node, TestAccount a, byte[] data, long timestamp) throws IOException {
        DevnetClient.Reply reply = client.rpc(node, "store", a.store(data, timestamp, DAY));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("hash").asText();
    }

    private static void expect(DevnetClient.Reply reply, int status, String text) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.body()).isEqualTo(text);
    }

    private static void assertSigned(DevnetNode node, JsonNode result, String signed) {
        byte[] sig = Base64.getDecoder().decode(result.get("signature").asText());
        assertThat(node.ed25519().verify(sig, signed.getBytes(StandardCharsets.UTF_8))).as("signature of " + signed)
                .isTrue();
    }

    private static List<String> hashesOf(JsonNode retrieved) {
        List<String> out = new ArrayList<>();
        retrieved.get("messages").forEach(m -> out.add(m.get("hash").asText()));
        return out;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
            out.add(it.next().getKey());
        }
        return out;
    }
}
