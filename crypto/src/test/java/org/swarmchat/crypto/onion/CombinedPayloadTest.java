package org.swarmchat.crypto.onion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.swarmchat.crypto.HexCodec;

class CombinedPayloadTest {

    @Test
    void encodesTheLengthLittleEndianThenBlobThenJson() {
        byte[] blob = new byte[0x0102];
        blob[0] = 7;
        byte[] encoded = CombinedPayload.encode(blob, "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(encoded).hasSize(4 + 0x0102 + 2);
        assertThat(encoded[0]).isEqualTo((byte) 0x02);
        assertThat(encoded[1]).isEqualTo((byte) 0x01);
        assertThat(encoded[2]).isZero();
        assertThat(encoded[3]).isZero();
        assertThat(encoded[4]).isEqualTo((byte) 7);
        assertThat(new String(encoded, 4 + 0x0102, 2, StandardCharsets.UTF_8)).isEqualTo("{}");
    }

    @Test
    void roundTrips() throws MalformedOnionException {
        byte[] blob = {1, 2, 3, 0, (byte) 0xff};
        String json = "{\"headers\":{},\"note\":\"päyload ✓\"}";

        byte[] encoded = CombinedPayload.encode(blob, json.getBytes(StandardCharsets.UTF_8));

        CombinedPayload decoded = CombinedPayload.decode(encoded);

        assertThat(decoded.blob()).isEqualTo(blob);
        assertThat(decoded.blobLength()).isEqualTo(5);
        assertThat(decoded.json()).isEqualTo(json);
        assertThat(decoded.jsonBytes()).isEqualTo(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void emptyBlobAndEmptyJsonAreALayoutTheCallerJudges() throws MalformedOnionException {
        CombinedPayload decoded = CombinedPayload.decode(new byte[4]);

        assertThat(decoded.blob()).isEmpty();
        assertThat(decoded.json()).isEmpty();
    }

    @Test
    void blobMayFillTheWholeRest() throws MalformedOnionException {
        CombinedPayload decoded = CombinedPayload.decode(HexCodec.decode("03000000aabbcc", "payload"));

        assertThat(decoded.blob()).isEqualTo(new byte[] {(byte) 0xaa, (byte) 0xbb, (byte) 0xcc});
        assertThat(decoded.json()).isEmpty();
    }

    @Test
    void rejectsInputTooShortForTheLength() {
        for (String hex : new String[] {"", "00", "0000", "000000"}) {
            assertThatThrownBy(() -> CombinedPayload.decode(HexCodec.decode(hex, "payload")))
                    .as(hex).isInstanceOf(MalformedOnionException.class).hasMessageContaining("too short");
        }
        assertThatThrownBy(() -> CombinedPayload.decode(null)).isInstanceOf(MalformedOnionException.class);
    }

    @Test
    void rejectsALengthLargerThanTheBody() {
        assertThatThrownBy(() -> CombinedPayload.decode(HexCodec.decode("04000000aabbcc", "payload")))
                .isInstanceOf(MalformedOnionException.class).hasMessageContaining("4 bytes but only 3");
        assertThatThrownBy(() -> CombinedPayload.decode(HexCodec.decode("01000000", "payload")))
                .isInstanceOf(MalformedOnionException.class);
    }

    @Test
    void rejectsLengthsThatWouldBeNegativeAsSignedInts() {
        assertThatThrownBy(() -> CombinedPayload.decode(HexCodec.decode("ffffffff7b7d", "payload")))
                .isInstanceOf(MalformedOnionException.class).hasMessageContaining("4294967295");
        assertThatThrownBy(() -> CombinedPayload.decode(HexCodec.decode("000000807b7d", "payload")))
                .isInstanceOf(MalformedOnionException.class);
    }

    @Test
    void rejectsJsonThatIsNotUtf8() {
        assertThatThrownBy(() -> CombinedPayload.decode(HexCodec.decode("010000002a7bff7d", "payload")))
                .isInstanceOf(MalformedOnionException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void blobIsACopy() throws MalformedOnionException {
        CombinedPayload decoded = CombinedPayload.decode(HexCodec.decode("0100000001", "payload"));

        decoded.blob()[0] = 9;

        assertThat(decoded.blob()).containsExactly(1);
    }
}
