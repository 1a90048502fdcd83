package org.swarmchat.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bouncycastle.util.encoders.Hex;
import org.swarmchat.crypto.fuzz.Fuzz;
import org.swarmchat.crypto.fuzz.Mutations;

/**
 * Fuzzes the hex text parsers a person or a node feeds: {@link AccountId#parse} and {@link AccountId#isValid}
 * (only {@link InvalidAccountIdException}), and {@link HexCodec#decode} (only IllegalArgumentException).
 */
class AccountIdFuzzTest {
    private static final String VALID = "05" + "d871fc80ca007eed9b2f4df72853e2a2d5465a92fcb1889fb5c84aa2833b3b40";

    @Property(tries = 2000)
    void anyTextParsesOrIsAnInvalidAccountId(@ForAll("accountIdLike") String text) {
        Optional<AccountId> id = Fuzz.only(() -> AccountId.parse(text), InvalidAccountIdException.class);
        boolean valid = Fuzz.only(() -> AccountId.isValid(text)).orElseThrow();
        assertThat(valid).isEqualTo(id.isPresent());
        id.ifPresent(parsed -> {
            assertThat(parsed.hex()).isEqualTo(text.strip().toLowerCase(Locale.ROOT));
            assertThat(AccountId.parse(parsed.hex())).isEqualTo(parsed);
        });
    }

    @Property(tries = 500)
    void everyKeyRoundTrips(@ForAll("keys") byte[] key) {
        AccountId id = AccountId.of(X25519PublicKey.of(key));
        assertThat(AccountId.parse(" " + id.hex().toUpperCase(Locale.ROOT) + "\n")).isEqualTo(id);
        assertThat(id.bytes()[0]).isEqualTo((byte) 0x05);
    }

    @Property(tries = 2000)
    void hexDecodesOrIsAnIllegalArgument(@ForAll("hexLike") String text) {
        Optional<byte[]> any = Fuzz.only(() -> HexCodec.decode(text, "fuzz"), IllegalArgumentException.class);
        Optional<byte[]> fixed = Fuzz.only(() -> HexCodec.decode(text, 4, "fuzz"), IllegalArgumentException.class);
        any.ifPresent(bytes -> assertThat(Hex.toHexString(bytes)).isEqualTo(text.toLowerCase(Locale.ROOT)));
        fixed.ifPresent(bytes -> assertThat(bytes).hasSize(4));
    }

    @Example
    void missingHexIsAnIllegalArgumentNotANullPointer() {
        Fuzz.only(() -> HexCodec.decode(null, "fuzz"), IllegalArgumentException.class);
        Fuzz.only(() -> HexCodec.decode(null, 4, "fuzz"), IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<String> accountIdLike() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(80),
                Arbitraries.strings().withChars("0123456789abcdefABCDEF \t\u00a0").ofMinLength(60).ofMaxLength(70),
                Mutations.ofText(List.of(VALID, "  " + VALID.toUpperCase(Locale.ROOT) + "\n", "15" + VALID.substring(2),
                        "03" + VALID.substring(2)))).injectNull(0.02);
    }

    @Provide
    Arbitrary<String> hexLike() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.strings().withChars("0123456789abcdefABCDEFgG\u0660\uff10").ofMaxLength(12),
                Mutations.ofText(List.of("00ff7f80", "DEADbeef", "")));
    }

    @Provide
    Arbitrary<byte[]> keys() {
        return Arbitraries.bytes().array(byte[].class).ofSize(32);
    }
}
