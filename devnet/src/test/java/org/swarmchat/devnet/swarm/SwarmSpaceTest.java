package org.swarmchat.devnet.swarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmchat.crypto.Vectors;

class SwarmSpaceTest {

    @Test
    void everyPositionVectorMatches() {
        JsonNode cases = Vectors.load("swarm_space.json").get("pubkey_to_swarm_space");
        assertThat(cases).hasSize(11);
        for (JsonNode c : cases) {
            long position = SwarmSpace.position(Vectors.hex(c.get("pubkey")));
            assertThat(Long.toUnsignedString(position)).as(c.get("pubkey").asText())
                    .isEqualTo(c.get("swarm_space").asText());
            assertThat(String.format("%016x", position)).isEqualTo(c.get("swarm_space_hex").asText());
        }
    }

    @Test
    void everySwarmChoiceVectorMatches() {
        JsonNode cases = Vectors.load("swarm_space.json").get("pubkey_to_swarm_id");
        assertThat(cases).hasSize(32);
        for (JsonNode c : cases) {
            List<Long> ids = new ArrayList<>();
            c.get("swarm_ids").forEach(id -> ids.add(Long.parseUnsignedLong(id.asText())));
            // The choice must not depend on the order the ids come in.
            Collections.reverse(ids);
            long[] sorted = SwarmSpace.sort(ids.stream().mapToLong(Long::longValue).toArray());
            long position = SwarmSpace.position(Vectors.hex(c.get("pubkey")));
            assertThat(Long.toUnsignedString(SwarmSpace.closest(sorted, position))).as(c.get("pubkey").asText())
                    .isEqualTo(c.get("expected_swarm_id").asText());
        }
    }

    @Test
    void oneSwarmTakesEverythingAndNoSwarmGivesTheInvalidId() {
        assertThat(SwarmSpace.closest(new long[] {42}, -5)).isEqualTo(42);
        assertThat(SwarmSpace.closest(new long[0], 7)).isEqualTo(SwarmSpace.INVALID_SWARM_ID);
    }

    @Test
    void sortIsUnsignedAndDropsDuplicates() {
        long[] sorted = SwarmSpace.sort(new long[] {-1L, 5, Long.MIN_VALUE, 5, 0});
        assertThat(sorted).containsExactly(0, 5, Long.MIN_VALUE, -1L);
    }

    @Test
    void hexHasNoLeadingZeros() {
        assertThat(SwarmSpace.hex(0x00ab)).isEqualTo("ab");
        assertThat(SwarmSpace.hex(SwarmSpace.INVALID_SWARM_ID)).isEqualTo("ffffffffffffffff");
    }

    @Test
    void positionRejectsWrongLengths() {
        assertThatThrownBy(() -> SwarmSpace.position(new byte[32])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SwarmSpace.position(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
