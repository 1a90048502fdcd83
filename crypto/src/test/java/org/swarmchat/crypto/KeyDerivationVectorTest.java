package org.swarmchat.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyDerivationVectorTest {

    @ParameterizedTest
    @ValueSource(strings = {"sender", "recipient"})
    void seedGivesTheKeysAndAccountIdOfTheVector(String who) {
        JsonNode v = Vectors.load("session_encrypt.json").get(who);

        Ed25519KeyPair ed = Ed25519KeyPair.fromSeed(Vectors.hex(v.get("ed25519_seed")));
        X25519KeyPair x = ed.toX25519();

        assertThat(ed.publicKey().hex()).isEqualTo(v.get("ed25519_pk").asText());
        assertThat(KeyConversion.toX25519(ed.publicKey()))
                .contains(X25519PublicKey.fromHex(v.get("x25519_pk").asText()));
        assertThat(x.publicKey().hex()).isEqualTo(v.get("x25519_pk").asText());
        assertThat(x.privateKey()).isEqualTo(Vectors.hex(v.get("x25519_sk__derived_not_upstream")));
        assertThat(AccountId.of(ed).hex()).isEqualTo(v.get("account_id").asText());
        assertThat(KeyConversion.x25519PublicKeyOfSeed(Vectors.hex(v.get("ed25519_seed"))))
                .isEqualTo(x.publicKey());
    }
}
