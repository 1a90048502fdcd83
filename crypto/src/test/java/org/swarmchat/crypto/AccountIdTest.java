package org.swarmchat.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountIdTest {
    /** The account of the recovery-password vector 000102...0e0f (mnemonic.json, derived accounts). */
    private static final String KEY = "ca03b8e369aeeb69fd260c2957d37b232db17a60db7a39bca9f0c0a6be135c1a";
    private static final String ID = "05" + KEY;

    @Test
    void parsesAndKeepsTheKey() {
        AccountId id = AccountId.parse(ID);
        assertThat(id.hex()).isEqualTo(ID);
        assertThat(id.toString()).isEqualTo(ID);
        assertThat(id.publicKey()).isEqualTo(X25519PublicKey.fromHex(KEY));
        byte[] bytes = id.bytes();
        assertThat(bytes).hasSize(33);
        assertThat(bytes[0]).isEqualTo((byte) 0x05);
        assertThat(java.util.Arrays.copyOfRange(bytes, 1, 33)).isEqualTo(X25519PublicKey.fromHex(KEY).bytes());
    }

    @Test
    void upperCaseAndSurroundingSpaceAreAccepted() {
        AccountId id = AccountId.parse("  \t" + ID.toUpperCase(java.util.Locale.ROOT) + "\n ");
        assertThat(id.hex()).isEqualTo(ID);
        assertThat(id).isEqualTo(AccountId.parse(ID));
        assertThat(AccountId.isValid(" " + ID + " ")).isTrue();
    }

    @Test
    void isTheAccountOfItsKeys() {
        assertThat(AccountId.of(X25519PublicKey.fromHex(KEY))).isEqualTo(AccountId.parse(ID));
        byte[] seed = new byte[32];
        for (int i = 0; i < 16; i++) {
            seed[i] = (byte) i;
        }
        assertThat(AccountId.of(Ed25519KeyPair.fromSeed(seed))).isEqualTo(AccountId.parse(ID));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\t\n"})
    void emptyIsRejected(String text) {
        assertThatThrownBy(() -> AccountId.parse(text))
                .isInstanceOf(InvalidAccountIdException.class)
                .hasMessageContaining("empty");
        assertThat(AccountId.isValid(text)).isFalse();
    }

    @Test
    void wrongLengthIsRejectedNamingTheLength() {
        assertThatThrownBy(() -> AccountId.parse(ID.substring(1)))
                .isInstanceOf(InvalidAccountIdException.class)
                .hasMessageContaining("66")
                .hasMessageContaining("got 65");
        assertThatThrownBy(() -> AccountId.parse(ID + "0"))
                .isInstanceOf(InvalidAccountIdException.class)
                .hasMessageContaining("got 67");
        assertThatThrownBy(() -> AccountId.parse(KEY))
                .isInstanceOf(InvalidAccountIdException.class)
                .hasMessageContaining("got 64");
    }

    @Test
    void wrongPrefixIsRejectedSaying05IsNeeded() {
        assertThatThrownBy(() -> AccountId.parse("00" + KEY))
                .isInstanceOf(InvalidAccountIdException.class)
                .hasMessageContaining("must start with 05")
                .hasMessageContaining("got 00");
        assertThatThrownBy(() -> AccountId.parse("15" + KEY))
                .isInstanceOf(InvalidAccountIdException.class)
                .hasMessageContaining("must start with 05")
                .hasMessageContaining("blinded");
        assertThatThrownBy(() -> AccountId.parse("03" + KEY))
                .isInstanceOf(InvalidAccountIdException.class)
                .hasMessageContaining("must start with 05")
                .hasMessageContaining("group");
    }

    @Test
    void nonHexIsRejectedNamingTheCharacterAndPosition() {
        String bad = ID.substring(0, 9) + "g" + ID.substring(10);
        assertThatThrownBy(() -> AccountId.parse(bad))
                .isInstanceOf(InvalidAccountIdException.class)
                .hasMessageContaining("'g'")
                .hasMessageContaining("position 10");
        String unicode = "05" + "é" + KEY.substring(1);
        assertThatThrownBy(() -> AccountId.parse(unicode))
                .isInstanceOf(InvalidAccountIdException.class)
                .hasMessageContaining("'é'")
                .hasMessageContaining("position 3");
    }

    @Test
    void equalityAndHashCodeFollowTheValue() {
        AccountId a = AccountId.parse(ID);
        AccountId b = AccountId.parse(ID.toUpperCase(java.util.Locale.ROOT));
        AccountId other = AccountId.parse("05" + "00".repeat(32));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(other).isNotEqualTo(ID);
        assertThat(a.compareTo(b)).isZero();
        assertThat(other.compareTo(a)).isNegative();
    }

    @Test
    void shortFormShowsBothEnds() {
        assertThat(AccountId.parse(ID).shortForm()).isEqualTo("05ca03…5c1a");
    }
}
