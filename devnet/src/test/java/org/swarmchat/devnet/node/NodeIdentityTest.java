package org.swarmchat.devnet.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.swarmchat.crypto.Ed25519KeyPair;

/** A node's signatures, made with its cached Bouncy Castle key, are the crypto module's signatures. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NodeIdentityTest {
    @Test
    void signsExactlyAsTheCryptoModuleDoes() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20; i++) {
            NodeIdentity identity = NodeIdentity.generate(random);
            Ed25519KeyPair keys = Ed25519KeyPair.fromSeed(identity.seed());
            byte[] message = ("message hash " + i).getBytes(StandardCharsets.US_ASCII);
            assertThat(identity.sign(message)).isEqualTo(keys.sign(message));
        }
    }
}
