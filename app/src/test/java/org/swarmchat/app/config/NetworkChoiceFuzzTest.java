package org.swarmchat.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.swarmchat.crypto.fuzz.Fuzz;
import org.swarmchat.crypto.fuzz.Mutations;

/**
 * Fuzzes {@code --network} ({@link NetworkChoice#parse}) with any text and mutations of valid choices: only
 * IllegalArgumentException may come out, a custom seed's folder name is always a safe folder name, and a parsed
 * seed URL parses again to the same choice.
 */
class NetworkChoiceFuzzTest {
    private static final List<String> VALID = List.of("devnet", " MainNet ", "testnet", "https://127.0.0.1:22023",
            "http://localhost:8080/", "https://seed1.example.org:4443", "http://[::1]:22023", "HTTPS://10.0.0.1:1");

    @Property(tries = 2000)
    void anyTextIsAChoiceOrAnIllegalArgument(@ForAll("networks") String text) {
        Fuzz.only(() -> NetworkChoice.parse(text), IllegalArgumentException.class).ifPresent(choice -> {
            assertThat(choice.name()).matches("[A-Za-z0-9._-]+").doesNotContain("/");
            assertThat(choice.seeds()).isNotEmpty();
            if (choice.name().startsWith("custom-")) {
                NetworkChoice again = NetworkChoice.parse(choice.seeds().getFirst().toString());
                assertThat(again).isEqualTo(choice);
            }
        });
    }

    @Provide
    Arbitrary<String> networks() {
        return Arbitraries.oneOf(Mutations.ofText(VALID), Mutations.ofChars(VALID),
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars("htps:/[]@%.:0123456789abc?#").ofMaxLength(40)).injectNull(0.01);
    }
}
