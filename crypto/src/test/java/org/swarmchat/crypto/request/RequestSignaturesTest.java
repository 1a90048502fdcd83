package org.swarmchat.crypto.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.InvalidSignatureException;

class RequestSignaturesTest {
    private final Ed25519KeyPair account = Ed25519KeyPair.fromSeed(new byte[32]);

    @Test
    void namespaceTextRules() {
        assertThat(RequestSignatures.storeText(Namespace.of(-11), 5)).isEqualTo("store-115");
        assertThat(RequestSignatures.deleteAllText(Namespace.of(3), 7)).isEqualTo("delete_all37");
        assertThat(RequestSignatures.deleteBeforeText(Namespace.of(-10), 7)).isEqualTo("delete_before-107");
        assertThat(RequestSignatures.deleteBeforeAllNamespacesText(7)).isEqualTo("delete_beforeall7");
        assertThat(RequestSignatures.expireAllText(Namespace.DEFAULT, 9)).isEqualTo("expire_all9");
        assertThat(RequestSignatures.expireAllText(Namespace.of(2), 9)).isEqualTo("expire_all29");
    }

    @Test
    void expireConcatenatesModeExpiriesThenHashes() {
        assertThat(RequestSignatures.expireText(ExpireMode.SHORTEN, 100, List.of("a", "b")))
                .isEqualTo("expireshorten100ab");
        assertThat(RequestSignatures.expireText(ExpireMode.SET, List.of(100L, 200L), List.of("a", "b")))
                .isEqualTo("expire100200ab");
        assertThatThrownBy(() -> RequestSignatures.expireText(ExpireMode.SET, List.of(1L), List.of("a", "b")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void getExpiriesAndDeleteJoinHashesInOrder() {
        assertThat(RequestSignatures.getExpiriesText(42, List.of("x", "y", "z"))).isEqualTo("get_expiries42xyz");
        assertThat(RequestSignatures.deleteText(List.of("y", "x"))).isEqualTo("deleteyx");
    }

    @Test
    void signsAndVerifiesPaddedAndUnpadded() throws InvalidSignatureException {
        String signature = RequestSignatures.sign(account, "retrieve1700000000000");

        assertThat(signature).hasSize(88).endsWith("==");
        RequestSignatures.verify(account.publicKey(), "retrieve1700000000000", signature);
        RequestSignatures.verify(account.publicKey(), "retrieve1700000000000", signature.substring(0, 86));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 85, 87, 89, 128})
    void rejectsOtherLengths(int length) {
        String signature = "A".repeat(length);

        assertThatThrownBy(() -> RequestSignatures.verify(account.publicKey(), "x", signature))
                .isInstanceOf(InvalidSignatureException.class).hasMessageContaining("88 or 86");
    }

    @Test
    void rejectsMalformedBase64AndNull() {
        String notBase64 = "!".repeat(86) + "==";

        assertThatThrownBy(() -> RequestSignatures.verify(account.publicKey(), "x", notBase64))
                .isInstanceOf(InvalidSignatureException.class);
        assertThatThrownBy(() -> RequestSignatures.verify(account.publicKey(), "x", null))
                .isInstanceOf(InvalidSignatureException.class);
    }

    @Test
    void rejectsATamperedSignature() {
        byte[] raw = Base64.getDecoder().decode(RequestSignatures.sign(account, "x"));
        raw[10] ^= 1;
        String tampered = Base64.getEncoder().encodeToString(raw);

        assertThatThrownBy(() -> RequestSignatures.verify(account.publicKey(), "x", tampered))
                .isInstanceOf(InvalidSignatureException.class);
    }
}
