package org.swarmchat.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.swarmchat.crypto.Vectors;

class DecodeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void decodesTheStoredBytesOfTheWireExample() throws Exception {
        JsonNode v = Vectors.load("wire_1to1_example.json");

        CliRun run = CliRun.of("decode", "--recipient-seed", v.get("recipient_seed").asText(),
                "--data", v.get("store_data_base64").asText());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode out = JSON.readTree(run.out());
        assertThat(out.get("sender").asText())
                .isEqualTo(Vectors.load("session_encrypt.json").get("sender").get("account_id").asText());
        assertThat(out.get("sent_at").asLong()).isEqualTo(v.get("sent_timestamp_ms").asLong());
        assertThat(out.get("text").asText()).isEqualTo("hello");
        assertThat(out.get("display_name").asText()).isEqualTo("Alice");
        assertThat(run.out().strip().lines()).hasSize(1);
    }

    @Test
    void theWrongRecipientCannotOpenIt() {
        JsonNode v = Vectors.load("wire_1to1_example.json");

        CliRun run = CliRun.of("decode", "--recipient-seed", v.get("sender_seed").asText(),
                "--data", v.get("store_data_base64").asText());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errIsOneLine()).isTrue();
        assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not base64 at all!", "AAAA", "CAESxwIKABIAIAAavgII"})
    void garbledDataGivesOneLineAndStatusOne(String data) {
        CliRun run = CliRun.of("decode", "--recipient-seed", "00112233445566778899aabbccddeeff", "--data", data);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errIsOneLine()).as(run.err()).isTrue();
    }
}
