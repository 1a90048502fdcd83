package org.swarmchat.crypto.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.swarmchat.crypto.Vectors;

class PaddingTest {

    @Test
    void paddedLengthsMatchTheVector() {
        JsonNode v = Vectors.load("wire_1to1_example.json");
        assertThat(v.get("padding_lengths")).isNotEmpty();

        for (JsonNode row : v.get("padding_lengths")) {
            byte[] content = filled(row.get("input_len").asInt());

            byte[] padded = Padding.pad(content);

            assertThat(padded).as("input %d", content.length).hasSize(row.get("libsession_padded_len").asInt());
            assertThat(padded[content.length]).isEqualTo((byte) 0x80);
            assertThat(Arrays.copyOfRange(padded, content.length + 1, padded.length)).containsOnly(0);
            assertThat(Padding.unpad(padded)).isEqualTo(content);
        }
    }

    @Test
    void legacyDesktopPaddingIsReadToo() {
        JsonNode v = Vectors.load("wire_1to1_example.json");
        assertThat(v.get("padding_rule").asText()).contains("160k-1");

        for (JsonNode row : v.get("padding_lengths")) {
            byte[] content = filled(row.get("input_len").asInt());
            byte[] legacy = Arrays.copyOf(content, row.get("legacy_desktop_padded_len").asInt());
            legacy[content.length] = (byte) 0x80;

            assertThat(legacy.length % Padding.BLOCK).isEqualTo(Padding.BLOCK - 1);
            assertThat(Padding.unpad(legacy)).as("input %d", content.length).isEqualTo(content);
        }
    }

    @Test
    void everyLengthUpToThreeBlocksRoundTrips() {
        for (int length = 0; length <= 3 * Padding.BLOCK; length++) {
            byte[] content = filled(length);
            byte[] padded = Padding.pad(content);

            assertThat(padded.length % Padding.BLOCK).isZero();
            assertThat(padded.length).isGreaterThan(length).isLessThanOrEqualTo(length + 1 + Padding.BLOCK);
            assertThat(Padding.unpad(padded)).isEqualTo(content);
        }
    }

    @Test
    void contentEndingInZeroBytesKeepsThem() {
        byte[] content = {0x0a, 0x00, 0x00};

        assertThat(Padding.unpad(Padding.pad(content))).isEqualTo(content);
    }

    @Test
    void unpaddedInputIsReturnedAsItIs() {
        byte[] content = {0x0a, 0x01, 0x41};

        assertThat(Padding.unpad(content)).isEqualTo(content);
        assertThat(Padding.unpad(new byte[0])).isEmpty();
        assertThat(Padding.unpad(new byte[5])).isEmpty();
    }

    /** Content without zero or 0x80 bytes, so padding boundaries are unambiguous. */
    private static byte[] filled(int length) {
        byte[] content = new byte[length];
        Random random = new Random(length);
        for (int i = 0; i < length; i++) {
            content[i] = (byte) (1 + random.nextInt(0x7f));
        }
        return content;
    }
}
