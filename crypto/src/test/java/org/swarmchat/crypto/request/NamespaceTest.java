package org.swarmchat.crypto.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NamespaceTest {

    @Test
    void signingTextIsEmptyForZeroAndDecimalOtherwise() {
        assertThat(Namespace.DEFAULT.signingText()).isEmpty();
        assertThat(Namespace.of(0)).isSameAs(Namespace.DEFAULT);
        assertThat(Namespace.of(2).signingText()).isEqualTo("2");
        assertThat(Namespace.of(-10).signingText()).isEqualTo("-10");
        assertThat(Namespace.of(32767).signingText()).isEqualTo("32767");
        assertThat(Namespace.of(-32768).signingText()).isEqualTo("-32768");
    }

    @Test
    void valuesOutsideInt16AreRejected() {
        assertThatThrownBy(() -> Namespace.of(32768)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Namespace(-32769)).isInstanceOf(IllegalArgumentException.class);
    }
}
