package org.swarmchat.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.swarmchat.crypto.Vectors;

class IdCommandTest {

    @Test
    void printsTheAccountIdOfEveryDerivedAccountOfTheVectors() {
        for (JsonNode account : Vectors.load("mnemonic.json").get("derived_accounts__derived_not_upstream")) {
            String expected = account.get("account_id").asText() + "\n";

            CliRun byWords = CliRun.of("id", "--mnemonic", account.get("mnemonic").asText());
            CliRun bySeed = CliRun.of("id", "--seed", account.get("seed16").asText());
            CliRun byEdSeed = CliRun.of("id", "--seed", account.get("ed25519_seed").asText());

            assertThat(byWords.out()).isEqualTo(expected);
            assertThat(bySeed.out()).isEqualTo(expected);
            assertThat(byEdSeed.out()).isEqualTo(expected);
            assertThat(byWords.exitCode()).isZero();
        }
    }

    @Test
    void anUnknownWordIsNamed() {
        CliRun run = CliRun.of("id", "--mnemonic",
                "amaze buffet cake entrance symptoms tiger lamb maze nestle python dusted qqqq faxed");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errIsOneLine()).isTrue();
        assertThat(run.err()).contains("qqqq");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aBadChecksumIsSaid() {
        CliRun run = CliRun.of("id", "--mnemonic",
                "amaze buffet cake entrance symptoms tiger lamb maze nestle python dusted faxed amaze");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errIsOneLine()).isTrue();
        assertThat(run.err()).containsIgnoringCase("checksum");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0011", "zz0102030405060708090a0b0c0d0e0f", "000102030405060708090a0b0c0d0e0f00"})
    void aBadSeedGivesOneLineAndStatusOne(String seed) {
        CliRun run = CliRun.of("id", "--seed", seed);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errIsOneLine()).isTrue();
        assertThat(run.err()).contains("--seed");
    }

    @Test
    void missingAndConflictingOptionsGiveOneLineAndStatusOne() {
        assertThat(CliRun.of("id").exitCode()).isEqualTo(1);
        CliRun both = CliRun.of("id", "--seed", "000102030405060708090a0b0c0d0e0f", "--mnemonic", "abbey");
        assertThat(both.exitCode()).isEqualTo(1);
        assertThat(both.errIsOneLine()).isTrue();
    }
}
