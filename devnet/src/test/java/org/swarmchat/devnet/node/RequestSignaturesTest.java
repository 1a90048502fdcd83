package org.swarmchat.devnet.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.swarmchat.crypto.Vectors;

/**
 * The server's own signed strings and verification against vectors/request_signatures.json: for every vector the
 * parser must build the exact signed string from the request parameters, and the vector signature must verify.
 */
class RequestSignaturesTest {
    private static final String H1 = "iBlnwojt+9l6J5m8qipR6tD4GRzWxy2z9UxAlUX6hLQ";
    private static final String H2 = "lJALGOiUZ2EnIz3Aq3O5JxL9iPq+6oKolUJzcwkoB0k";

    @Test
    void everyVectorIsBuiltAndVerified() {
        JsonNode file = Vectors.load("request_signatures.json");
        String accountId = file.at("/account/account_id").asText();
        String ed = file.at("/account/ed25519_pk").asText();
        long t = file.get("timestamp_ms").asLong();
        Map<String, String> seen = new HashMap<>();
        for (JsonNode v : file.get("vectors")) {
            String label = v.get("label").asText();
            ObjectNode params = Json.object();
            params.put("pubkey", accountId);
            params.put("pubkey_ed25519", ed);
            params.put("signature", v.get("signature_base64").asText());
            String method = fill(label, params, t);
            RpcCall call = new RpcMethods().parse(method, params);
            String signed = signedText(call);
            assertThat(signed).as(label).isEqualTo(v.get("signed_string").asText());
            UserPubkey owner = UserPubkey.parse(accountId).orElseThrow();
            RequestAuth auth = RequestAuth.parse(owner, Optional.of(ed), Optional.of(v.get("signature_base64")
                    .asText()));
            assertThat(auth.verify(owner, signed)).as(label).isTrue();
            assertThat(auth.verify(owner, signed + "x")).as(label + " tampered").isFalse();
            seen.put(label, signed);
        }
        assertThat(seen).hasSize(13);
    }

    @Test
    void anUnpaddedSignatureIsAcceptedAndAWrongKeyIsNot() {
        JsonNode file = Vectors.load("request_signatures.json");
        JsonNode v = file.get("vectors").get(0);
        UserPubkey owner = UserPubkey.parse(file.at("/account/account_id").asText()).orElseThrow();
        String ed = file.at("/account/ed25519_pk").asText();
        String sig = v.get("signature_base64").asText();
        RequestAuth unpadded = RequestAuth.parse(owner, Optional.of(ed), Optional.of(sig.substring(0, 86)));
        assertThat(unpadded.verify(owner, v.get("signed_string").asText())).isTrue();
        UserPubkey other = UserPubkey.parse("05" + "11".repeat(32)).orElseThrow();
        assertThat(RequestAuth.parse(other, Optional.of(ed), Optional.of(sig))
                .verify(other, v.get("signed_string").asText())).as("ed key does not convert to this id").isFalse();
        assertThat(Base64.getDecoder().decode(sig)).hasSize(64);
    }

    /** Puts the label's parameters into {@code p}; returns the method. */
    private static String fill(String label, ObjectNode p, long t) {
        switch (label) {
            case "store ns 2", "store ns 0 (only needed if signing a public ns)" -> {
                p.put("namespace", label.startsWith("store ns 2") ? 2 : 0);
                p.put("timestamp", t);
                p.put("ttl", 86_400_000L);
                p.put("data", "YWJjIDEyMw==");
                return "store";
            }
            case "retrieve ns 0", "retrieve ns 2", "retrieve ns -10 (legacy)" -> {
                p.put("namespace", Integer.parseInt(label.split(" ")[2]));
                p.put("timestamp", t);
                return "retrieve";
            }
            case "delete_all ns all", "delete_all ns 0" -> {
                if (label.endsWith("all")) {
                    p.put("namespace", "all");
                } else {
                    p.put("namespace", 0);
                }
                p.put("timestamp", t);
                return "delete_all";
            }
            case "delete two hashes" -> {
                p.putArray("messages").add(H1).add(H2);
                return "delete";
            }
            case "expire extend", "expire (no shorten/extend)" -> {
                p.put("expiry", t + 86_400_000L);
                p.putArray("messages").add(H1);
                if (label.equals("expire extend")) {
                    p.put("extend", true);
                }
                return "expire";
            }
            case "get_expiries" -> {
                p.put("timestamp", t);
                p.putArray("messages").add(H1);
                return "get_expiries";
            }
            case "delete_before ns 0" -> {
                p.put("before", t);
                return "delete_before";
            }
            case "expire_all ns all" -> {
                p.put("namespace", "all");
                p.put("expiry", t);
                return "expire_all";
            }
            default -> throw new AssertionError("unknown vector " + label);
        }
    }

    private static String signedText(RpcCall call) {
        return switch (call) {
            case StoreCall c -> c.signedText();
            case RetrieveCall c -> c.signedText();
            case DeleteCall c -> c.signedText();
            case DeleteAllCall c -> c.signedText();
            case DeleteBeforeCall c -> c.signedText();
            case ExpireCall c -> c.signedText();
            case ExpireAllCall c -> c.signedText();
            case GetExpiriesCall c -> c.signedText();
            default -> throw new AssertionError("no signed string for " + call);
        };
    }
}
