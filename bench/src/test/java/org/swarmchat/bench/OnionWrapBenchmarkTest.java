package org.swarmchat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.swarmchat.crypto.X25519PublicKey;
import org.swarmchat.crypto.onion.CombinedPayload;
import org.swarmchat.crypto.onion.EncryptionType;
import org.swarmchat.crypto.onion.OnionLayerPeeler;
import org.swarmchat.crypto.onion.OnionRequest;

/** The libsodium side of the onion benchmark builds what our nodes peel, so both sides do the same work. */
class OnionWrapBenchmarkTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void whatLibsodiumWrapsPeelsHopByHopToThePayload() throws Exception {
        OnionWrapBenchmark bench = new OnionWrapBenchmark();
        bench.setUp();

        byte[] body = bench.wrapXChaChaLibsodium();
        // Guard, relay, relay, destination: each layer's JSON carries the ephemeral key its blob was sealed with.
        for (int hop = 0; hop < 4; hop++) {
            CombinedPayload outer = CombinedPayload.decode(body);
            JsonNode control = JSON.readTree(outer.json());
            assertThat(control.get("enc_type").asText()).isEqualTo("xchacha20");
            X25519PublicKey ephemeral = X25519PublicKey.fromHex(control.get("ephemeral_key").asText());
            body = OnionLayerPeeler.decryptLayer(bench.nodeKeys.get(hop), ephemeral, EncryptionType.XCHACHA20,
                    outer.blob()).plaintext();
        }
        CombinedPayload destinationLayer = CombinedPayload.decode(body);
        assertThat(destinationLayer.json()).isEqualTo("{\"headers\":{}}");
        assertThat(destinationLayer.blobLength()).isEqualTo(1024);
    }

    @Test
    void ourWrapsHaveTheSameShape() throws Exception {
        OnionWrapBenchmark bench = new OnionWrapBenchmark();
        bench.setUp();

        OnionRequest gcm = bench.wrapAesGcmBouncyCastle();
        OnionRequest xchacha = bench.wrapXChaChaBouncyCastle();

        assertThat(gcm.guardBodyLength()).isGreaterThan(1024);
        assertThat(xchacha.guardBodyLength()).isEqualTo(bench.wrapXChaChaLibsodium().length);
    }
}
