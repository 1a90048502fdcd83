package org.swarmchat.crypto.onion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EncryptionTypeTest {

    @Test
    void parsesTheNamesTheStorageServerAccepts() throws MalformedOnionException {
        assertThat(EncryptionType.parse("aes-gcm")).isEqualTo(EncryptionType.AES_GCM);
        assertThat(EncryptionType.parse("gcm")).isEqualTo(EncryptionType.AES_GCM);
        assertThat(EncryptionType.parse("xchacha20")).isEqualTo(EncryptionType.XCHACHA20);
        assertThat(EncryptionType.parse("xchacha20-poly1305")).isEqualTo(EncryptionType.XCHACHA20);
    }

    @Test
    void wireNamesParseBack() throws MalformedOnionException {
        assertThat(EncryptionType.AES_GCM.wireName()).isEqualTo("aes-gcm");
        assertThat(EncryptionType.XCHACHA20.wireName()).isEqualTo("xchacha20");
        for (EncryptionType type : EncryptionType.values()) {
            assertThat(EncryptionType.parse(type.wireName())).isEqualTo(type);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"aes-cbc", "cbc"})
    void rejectsLegacyCbcSayingWhy(String name) {
        assertThatThrownBy(() -> EncryptionType.parse(name))
                .isInstanceOf(MalformedOnionException.class).hasMessageContaining("legacy");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "AES-GCM", "chacha20", "aes_gcm", " xchacha20"})
    void rejectsAnythingElse(String name) {
        assertThatThrownBy(() -> EncryptionType.parse(name)).isInstanceOf(MalformedOnionException.class);
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> EncryptionType.parse(null)).isInstanceOf(MalformedOnionException.class);
    }
}
