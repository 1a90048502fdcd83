package org.swarmchat.devnet.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.swarmchat.devnet.swarm.SwarmSpace;

class SwarmEventsTest {
    private final List<Snode> n = new TestNodes(9).next(8);

    @Test
    void aNodeJustRegisteredHasNothingToHandOver() {
        NetworkView before = view(1, Map.of(0, 10L, 1, 10L));
        NetworkView after = view(2, Map.of(0, 10L, 1, 10L, 2, 10L));
        SwarmEvents events = SwarmEvents.derive(n.get(2).ed25519(), before, after);
        assertThat(events.needsHandOver()).isFalse();
        assertThat(events.swarmId()).isEqualTo(10L);
    }

    @Test
    void theOldMembersSeeTheNewMember() {
        NetworkView before = view(1, Map.of(0, 10L, 1, 10L));
        NetworkView after = view(2, Map.of(0, 10L, 1, 10L, 2, 10L));
        SwarmEvents events = SwarmEvents.derive(n.get(0).ed25519(), before, after);
        assertThat(events.newMembers()).containsExactly(n.get(2));
        assertThat(events.newSwarms()).isEmpty();
        assertThat(events.dissolved()).isFalse();
    }

    @Test
    void nodesThatStayedSeeANewSwarm() {
        NetworkView before = view(1, Map.of(0, 10L, 1, 10L, 2, 10L, 3, 10L));
        NetworkView after = view(2, Map.of(0, 10L, 1, 10L, 2, 20L, 3, 20L));
        SwarmEvents stayed = SwarmEvents.derive(n.get(0).ed25519(), before, after);
        assertThat(stayed.newSwarms()).containsExactly(20L);
        SwarmEvents moved = SwarmEvents.derive(n.get(2).ed25519(), before, after);
        assertThat(moved.needsHandOver()).as("the old swarm survives").isFalse();
    }

    @Test
    void membersOfADissolvedSwarmPushEverything() {
        NetworkView before = view(1, Map.of(0, 10L, 1, 10L, 2, 20L, 3, 20L));
        NetworkView after = view(2, Map.of(0, 10L, 1, 10L, 2, 10L));
        SwarmEvents events = SwarmEvents.derive(n.get(2).ed25519(), before, after);
        assertThat(events.dissolved()).isTrue();
        assertThat(events.left()).isFalse();
        SwarmEvents leaver = SwarmEvents.derive(n.get(3).ed25519(), before, after);
        assertThat(leaver.dissolved()).isTrue();
        assertThat(leaver.left()).isTrue();
        assertThat(leaver.swarmId()).isEqualTo(SwarmSpace.INVALID_SWARM_ID);
    }

    @Test
    void aLeaverWhoseSwarmSurvivesMayEraseItsRecords() {
        NetworkView before = view(1, Map.of(0, 10L, 1, 10L, 2, 10L));
        NetworkView after = view(2, Map.of(0, 10L, 1, 10L));
        SwarmEvents leaver = SwarmEvents.derive(n.get(2).ed25519(), before, after);
        assertThat(leaver.left()).isTrue();
        assertThat(leaver.needsHandOver()).isFalse();
    }

    private NetworkView view(long height, Map<Integer, Long> swarms) {
        Map<org.swarmchat.crypto.Ed25519PublicKey, Long> ids = new HashMap<>();
        List<Snode> nodes = swarms.keySet().stream().sorted().map(n::get).toList();
        swarms.forEach((i, id) -> ids.put(n.get(i).ed25519(), id));
        return NetworkView.of(height, nodes, ids);
    }
}
