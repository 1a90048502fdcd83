package org.swarmchat.swarm.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.HexCodec;
import org.swarmchat.crypto.Vectors;
import org.swarmchat.crypto.request.ExpireMode;
import org.swarmchat.crypto.request.Namespace;

/** Each request's params, member for member, as SPEC §3.4 and desktop send them; signatures from the vectors. */
class RequestSerializationTest {
    private static final long NOW = 1_700_000_000_000L;
    private static final String HASH = "A".repeat(43);

    private static Ed25519KeyPair vectorAccount() {
        JsonNode v = Vectors.load("request_signatures.json");
        return Ed25519KeyPair.fromSeed(HexCodec.decode(v.path("account").path("ed25519_seed").asText(), "seed"));
    }

    private static String vectorSignature(String signed) {
        for (JsonNode v : Vectors.load("request_signatures.json").path("vectors")) {
            if (v.path("signed_string").asText().equals(signed)) {
                return v.path("signature_base64").asText();
            }
        }
        throw new AssertionError("no vector signs " + signed);
    }

    private static List<String> names(ObjectNode params) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = params.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    @Test
    void aOneToOneStoreIsUnsignedWithDesktopsMembers() {
        AccountId bob = AccountId.of(vectorAccount());
        byte[] data = "hello".getBytes(StandardCharsets.UTF_8);
        StoreRequest store = StoreRequest.toInbox(bob, Namespace.DEFAULT, data, Duration.ofDays(14));

        ObjectNode params = store.params(NOW);

        assertThat(store.method()).isEqualTo("store");
        assertThat(names(params)).containsExactly("pubkey", "timestamp", "namespace", "ttl", "data");
        assertThat(params.get("pubkey").asText()).isEqualTo(bob.hex());
        assertThat(params.get("timestamp").asLong()).isEqualTo(NOW);
        assertThat(params.get("namespace").asInt()).isZero();
        assertThat(params.get("ttl").asLong()).isEqualTo(Duration.ofDays(14).toMillis());
        assertThat(params.get("data").asText()).isEqualTo(Base64.getEncoder().encodeToString(data));
        assertThat(store.swarmPubkey()).contains(bob.hex());
    }

    @Test
    void aStoreToAnOwnedNamespaceCarriesTheVectorSignature() {
        Ed25519KeyPair account = vectorAccount();
        StoreRequest store = new StoreRequest(AccountId.of(account), Namespace.of(2), new byte[] {1},
                Duration.ofDays(30), Optional.of(account));

        ObjectNode params = store.params(NOW);

        assertThat(params.get("pubkey_ed25519").asText()).isEqualTo(account.publicKey().hex());
        assertThat(params.get("signature").asText()).isEqualTo(vectorSignature("store2" + NOW));
        assertThat(params.get("pubkey").asText())
                .isEqualTo(Vectors.load("request_signatures.json").path("account").path("account_id").asText());
    }

    @Test
    void storeRefusesWhatANodeWould() {
        AccountId bob = AccountId.of(vectorAccount());
        assertThatThrownBy(() -> StoreRequest.toInbox(bob, Namespace.DEFAULT, new byte[0], Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoreRequest.toInbox(bob, Namespace.DEFAULT, new byte[76_801], Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoreRequest.toInbox(bob, Namespace.DEFAULT, new byte[1], Duration.ofDays(15)))
                .hasMessageContaining("TTL");
        assertThatThrownBy(() -> StoreRequest.toInbox(bob, Namespace.DEFAULT, new byte[1], Duration.ofSeconds(9)))
                .hasMessageContaining("TTL");
        assertThatThrownBy(() -> StoreRequest.toInbox(bob, Namespace.of(2), new byte[1], Duration.ofDays(1)))
                .hasMessageContaining("signature");
    }

    @Test
    void retrieveIsSignedAsTheVectorSays() {
        Ed25519KeyPair account = vectorAccount();
        RetrieveRequest retrieve = new RetrieveRequest(account, Namespace.DEFAULT, Optional.of(HASH),
                OptionalInt.of(-2));

        ObjectNode params = retrieve.params(NOW);

        assertThat(names(params)).containsExactly("namespace", "pubkey", "pubkey_ed25519", "signature",
                "timestamp", "last_hash", "max_size");
        assertThat(params.get("signature").asText()).isEqualTo(vectorSignature("retrieve" + NOW));
        assertThat(params.get("last_hash").asText()).isEqualTo(HASH);
        assertThat(params.get("max_size").asInt()).isEqualTo(-2);
        assertThat(params.get("timestamp").asLong()).isEqualTo(NOW);
        assertThat(RetrieveRequest.of(account, Namespace.of(2), Optional.empty()).params(NOW).get("signature")
                .asText()).isEqualTo(vectorSignature("retrieve2" + NOW));
        assertThat(RetrieveRequest.of(account, Namespace.of(2), Optional.empty()).params(NOW).get("last_hash")
                .asText()).isEmpty();
    }

    @Test
    void retrieveRefusesAMalformedLastHash() {
        assertThatThrownBy(() -> RetrieveRequest.of(vectorAccount(), Namespace.DEFAULT, Optional.of("short")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deleteAndExpireSignTheirHashes() {
        Ed25519KeyPair account = vectorAccount();
        String h2 = "B".repeat(43);
        ObjectNode delete = new DeleteRequest(account, List.of(HASH, h2), false).params(NOW);
        ObjectNode expire = new ExpireRequest(account, List.of(HASH), NOW + 1000, ExpireMode.EXTEND).params(NOW);

        assertThat(names(delete)).containsExactly("pubkey", "pubkey_ed25519", "messages", "signature");
        assertThat(account.publicKey().verify(Base64.getDecoder().decode(delete.get("signature").asText()),
                ("delete" + HASH + h2).getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(expire.get("extend").asBoolean()).isTrue();
        assertThat(expire.get("expiry").asLong()).isEqualTo(NOW + 1000);
        assertThat(account.publicKey().verify(Base64.getDecoder().decode(expire.get("signature").asText()),
                ("expireextend" + (NOW + 1000) + HASH).getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(new DeleteRequest(account, List.of(HASH), true).params(NOW).get("required").asBoolean())
                .isTrue();
        assertThatThrownBy(() -> new DeleteRequest(account, List.of(), false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void getServiceNodesAsksForDesktopsFields() {
        ObjectNode json = new GetServiceNodesRequest().toJson(NOW);

        assertThat(json.toString()).isEqualTo("{\"method\":\"oxend_request\",\"params\":{\"endpoint\":"
                + "\"get_service_nodes\",\"params\":{\"active_only\":true,\"fields\":{\"public_ip\":true,"
                + "\"storage_port\":true,\"pubkey_x25519\":true,\"pubkey_ed25519\":true}}}}");
    }

    @Test
    void getSwarmAndInfoAreSmall() {
        String pk = AccountId.of(vectorAccount()).hex();
        assertThat(new GetSwarmRequest(pk).toJson(NOW).toString())
                .isEqualTo("{\"method\":\"get_swarm\",\"params\":{\"pubkey\":\"" + pk + "\"}}");
        assertThat(new InfoRequest().toJson(NOW).toString()).isEqualTo("{\"method\":\"info\",\"params\":{}}");
        assertThatThrownBy(() -> new GetSwarmRequest("05zz")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBatchCarriesItsRequestsSignedAtOneTime() throws Exception {
        Ed25519KeyPair account = vectorAccount();
        BatchRequest batch = new BatchRequest(List.of(RetrieveRequest.of(account, Namespace.DEFAULT, Optional.empty()),
                new InfoRequest()));

        ObjectNode json = batch.toJson(NOW);

        assertThat(json.path("method").asText()).isEqualTo("batch");
        assertThat(json.path("params").path("requests")).hasSize(2);
        assertThat(json.path("params").path("requests").get(0).path("params").path("signature").asText())
                .isEqualTo(vectorSignature("retrieve" + NOW));
        assertThat(json.path("params").path("requests").get(1).toString())
                .isEqualTo("{\"method\":\"info\",\"params\":{}}");
        assertThat(batch.swarmPubkey()).contains(AccountId.of(account).hex());
        assertThat(batch.parse(SnodeJson.parse(("{\"results\":[{\"code\":200,\"body\":{\"messages\":[]}},"
                + "{\"code\":406,\"body\":\"retrieve timestamp too far from current time\"}]}")
                .getBytes(StandardCharsets.UTF_8), "test"))).extracting(SubResponse::code).containsExactly(200, 406);
        assertThatThrownBy(() -> new BatchRequest(List.of(batch))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BatchRequest(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
