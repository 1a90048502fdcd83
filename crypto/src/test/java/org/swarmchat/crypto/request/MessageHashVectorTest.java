package org.swarmchat.crypto.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.swarmchat.crypto.Vectors;

/** {@code message_hash.json}: every vector, through both entry points. */
class MessageHashVectorTest {

    @Test
    void everyVectorHashesAsTheStorageServerDoes() {
        JsonNode vectors = Vectors.load("message_hash.json").get("vectors");
        assertThat(vectors).hasSize(5);
        for (JsonNode v : vectors) {
            String pubkey = v.get("pubkey").asText();
            int namespace = v.get("namespace").asInt();
            byte[] data = v.get("data_utf8").asText().getBytes(StandardCharsets.UTF_8);
            String expected = v.get("hash").asText();

            assertThat(Base64.getDecoder().decode(v.get("data_base64").asText())).isEqualTo(data);
            assertThat(MessageHash.compute(pubkey, namespace, data)).as(pubkey + " ns " + namespace)
                    .isEqualTo(expected).hasSize(MessageHash.LENGTH);
            assertThat(MessageHash.compute(Vectors.hex(v.get("pubkey")), namespace, data)).isEqualTo(expected);
        }
    }
}
