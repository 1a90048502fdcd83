package org.swarmchat.app.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.swarmchat.crypto.fuzz.Fuzz;
import org.swarmchat.crypto.fuzz.Mutations;

/**
 * Fuzzes the names a person types: {@link DisplayNames#check} and {@link Profiles#checkName} throw only
 * IllegalArgumentException; an accepted display name is stripped, at most 100 UTF-8 bytes, free of control
 * characters and accepted again as it is; an accepted profile name is returned unchanged and is a safe folder name.
 */
class NamesFuzzTest {
    private static final List<String> VALID = List.of("Alice", "  Bob  ", "Zoë 👋", "x".repeat(100), "default",
            "work.profile-2", "A_b");

    @Property(tries = 2000)
    void displayNamesAreCheckedOrRefused(@ForAll("names") String name) {
        Fuzz.only(() -> DisplayNames.check(name), IllegalArgumentException.class).ifPresent(checked -> {
            assertThat(checked).isEqualTo(checked.strip()).isNotEmpty();
            assertThat(checked.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(DisplayNames.MAX_BYTES);
            assertThat(checked.codePoints().noneMatch(Character::isISOControl)).isTrue();
            assertThat(DisplayNames.check(checked)).isEqualTo(checked);
        });
    }

    @Property(tries = 2000)
    void profileNamesAreCheckedOrRefused(@ForAll("names") String name) {
        Fuzz.only(() -> Profiles.checkName(name), IllegalArgumentException.class).ifPresent(checked -> {
            assertThat(checked).isEqualTo(name).matches("[A-Za-z0-9][A-Za-z0-9._-]*").hasSizeLessThanOrEqualTo(64);
            assertThat(checked).isNotIn(".", "..");
        });
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.oneOf(Mutations.ofText(VALID), Mutations.ofChars(VALID),
                Arbitraries.strings().all().ofMaxLength(120),
                Arbitraries.strings().withChars("ab. _-/\\\n\t\u0000\u200b\u202e").ofMaxLength(70)).injectNull(0.01);
    }
}
