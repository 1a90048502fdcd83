package org.swarmchat.crypto.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MessageHashTest {
    private static final String PUBKEY = "05d2ad010eeb72d72e561d9de7bd7b6989af77dcabffa03a5111a6c859ae5c3a72";

    @Test
    void thePrefixByteAndNamespaceAreHashed() {
        String ns0 = MessageHash.compute(PUBKEY, 0, new byte[] {1});

        assertThat(MessageHash.compute("03" + PUBKEY.substring(2), 0, new byte[] {1})).isNotEqualTo(ns0);
        assertThat(MessageHash.compute(PUBKEY, 1, new byte[] {1})).isNotEqualTo(ns0);
        assertThat(MessageHash.compute(PUBKEY, 0, new byte[0])).hasSize(43).doesNotContain("=");
    }

    @Test
    void rejectsPubkeysOfTheWrongSizeAndNamespacesOutsideInt16() {
        assertThatThrownBy(() -> MessageHash.compute(PUBKEY.substring(2), 0, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MessageHash.compute(new byte[32], 0, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MessageHash.compute(PUBKEY, 40_000, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
