package org.swarmchat.devnet.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.swarmchat.crypto.Vectors;

class MessageHashTest {

    @Test
    void everyVectorMatches() {
        JsonNode vectors = Vectors.load("message_hash.json").get("vectors");
        assertThat(vectors).hasSize(5);
        for (JsonNode v : vectors) {
            byte[] data = Base64.getDecoder().decode(v.get("data_base64").asText());
            assertThat(new String(data, StandardCharsets.UTF_8)).isEqualTo(v.get("data_utf8").asText());
            UserPubkey owner = UserPubkey.parse(v.get("pubkey").asText()).orElseThrow();
            String hash = MessageHash.of(owner, v.get("namespace").asInt(), data);
            assertThat(hash).as(v.toString()).isEqualTo(v.get("hash").asText()).hasSize(43);
            assertThat(MessageHash.isValid(hash)).isTrue();
        }
    }

    @Test
    void hashShapeIsChecked() {
        assertThat(MessageHash.isValid("a".repeat(43))).isTrue();
        assertThat(MessageHash.isValid("a".repeat(42))).isFalse();
        assertThat(MessageHash.isValid("a".repeat(42) + "=")).isFalse();
        assertThat(MessageHash.isValid("a".repeat(42) + "-")).isFalse();
    }
}
