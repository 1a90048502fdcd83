package org.swarmchat.crypto.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.InvalidSignatureException;
import org.swarmchat.crypto.Vectors;

/** {@code request_signatures.json}: every signed string and signature, byte for byte. */
class RequestSignaturesVectorTest {
    /** The hashes of "abc 123" in namespaces 0 and 2 (message_hash.json), which the vectors sign. */
    private static final String HASH_NS0 = "iBlnwojt+9l6J5m8qipR6tD4GRzWxy2z9UxAlUX6hLQ";
    private static final String HASH_NS2 = "lJALGOiUZ2EnIz3Aq3O5JxL9iPq+6oKolUJzcwkoB0k";
    private static final long EXPIRY = 1_700_086_400_000L;

    private JsonNode file;
    private Ed25519KeyPair account;
    private long timestamp;

    @BeforeEach
    void load() {
        file = Vectors.load("request_signatures.json");
        account = Ed25519KeyPair.fromSeed(Vectors.hex(file.get("account").get("ed25519_seed")));
        timestamp = file.get("timestamp_ms").asLong();
    }

    @Test
    void accountMatchesTheVector() {
        assertThat(account.publicKey().hex()).isEqualTo(file.get("account").get("ed25519_pk").asText());
        assertThat(AccountId.of(account).hex()).isEqualTo(file.get("account").get("account_id").asText());
    }

    @Test
    void everySignedStringAndSignatureMatches() throws InvalidSignatureException {
        Set<String> seen = new HashSet<>();
        for (JsonNode v : file.get("vectors")) {
            String label = v.get("label").asText();
            String expectedText = v.get("signed_string").asText();
            String expectedSignature = v.get("signature_base64").asText();

            assertThat(signedText(label)).as(label).isEqualTo(expectedText);
            assertThat(RequestSignatures.sign(account, expectedText)).as(label).isEqualTo(expectedSignature)
                    .hasSize(RequestSignatures.BASE64_LENGTH);
            RequestSignatures.verify(account.publicKey(), expectedText, expectedSignature);
            RequestSignatures.verify(account.publicKey(), expectedText, expectedSignature.replace("=", ""));
            seen.add(label);
        }
        assertThat(seen).hasSize(13);
    }

    @Test
    void aSignatureDoesNotVerifyForAnotherStringOrKey() {
        JsonNode v = file.get("vectors").get(0);
        String signature = v.get("signature_base64").asText();
        Ed25519KeyPair other = Ed25519KeyPair.fromSeed(new byte[32]);

        assertThatThrownBy(() -> RequestSignatures.verify(account.publicKey(), "store21700000000001", signature))
                .isInstanceOf(InvalidSignatureException.class);
        assertThatThrownBy(() -> RequestSignatures.verify(other.publicKey(), v.get("signed_string").asText(),
                signature)).isInstanceOf(InvalidSignatureException.class);
    }

    /** The API call that builds the string each vector's label describes. */
    private String signedText(String label) {
        return switch (label) {
            case "store ns 2" -> RequestSignatures.storeText(Namespace.of(2), timestamp);
            case "store ns 0 (only needed if signing a public ns)" ->
                    RequestSignatures.storeText(Namespace.DEFAULT, timestamp);
            case "retrieve ns 0" -> RequestSignatures.retrieveText(Namespace.DEFAULT, timestamp);
            case "retrieve ns 2" -> RequestSignatures.retrieveText(Namespace.of(2), timestamp);
            case "retrieve ns -10 (legacy)" -> RequestSignatures.retrieveText(Namespace.of(-10), timestamp);
            case "delete_all ns all" -> RequestSignatures.deleteAllNamespacesText(timestamp);
            case "delete_all ns 0" -> RequestSignatures.deleteAllText(Namespace.DEFAULT, timestamp);
            case "delete two hashes" -> RequestSignatures.deleteText(List.of(HASH_NS0, HASH_NS2));
            case "expire extend" -> RequestSignatures.expireText(ExpireMode.EXTEND, EXPIRY, List.of(HASH_NS0));
            case "expire (no shorten/extend)" ->
                    RequestSignatures.expireText(ExpireMode.SET, EXPIRY, List.of(HASH_NS0));
            case "get_expiries" -> RequestSignatures.getExpiriesText(timestamp, List.of(HASH_NS0));
            case "delete_before ns 0" -> RequestSignatures.deleteBeforeText(Namespace.DEFAULT, timestamp);
            case "expire_all ns all" -> RequestSignatures.expireAllNamespacesText(timestamp);
            default -> throw new AssertionError("vector label without a test mapping: " + label);
        };
    }
}
