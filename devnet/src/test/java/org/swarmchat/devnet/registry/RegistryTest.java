package org.swarmchat.devnet.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.swarmchat.devnet.swarm.SwarmSpace;

class RegistryTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 4, 5, 7, 8, 9, 10, 13, 14, 15, 22, 100, 2000})
    void bootstrapKeepsSwarmsWithinTheRules(int nodes) {
        Registry registry = new Registry(SwarmRules.DEFAULT, new Random(1));
        NetworkView view = registry.bootstrap(new TestNodes(nodes).next(nodes));
        assertThat(view.height()).isEqualTo(1);
        assertThat(view.nodes()).hasSize(nodes);
        assertWithinRules(view);
    }

    @Test
    void randomChurnKeepsEveryNodeInASwarmAndSwarmsWithinTheRules() {
        Random choices = new Random(7);
        Registry registry = new Registry(SwarmRules.DEFAULT, new Random(3));
        TestNodes source = new TestNodes(11);
        registry.bootstrap(source.next(30));
        List<String> events = new ArrayList<>();
        registry.addListener((before, after) -> events.add(before.height() + "->" + after.height()));
        for (int step = 0; step < 400; step++) {
            NetworkView view = registry.view();
            boolean grow = view.nodes().size() < 12 || (view.nodes().size() < 80 && choices.nextInt(100) < 55);
            if (grow) {
                registry.join(source.next());
            } else {
                Snode leaving = view.nodes().get(choices.nextInt(view.nodes().size()));
                registry.leave(leaving.ed25519());
            }
            assertWithinRules(registry.view());
        }
        assertThat(registry.view().height()).isEqualTo(401);
        assertThat(events).hasSize(400).startsWith("1->2").endsWith("400->401");
    }

    @Test
    void theSameSeedGivesTheSameHistory() {
        assertThat(history(5)).isEqualTo(history(5));
        assertThat(history(5)).isNotEqualTo(history(6));
    }

    @Test
    void aFullNetworkFormsANewSwarmFromTheLargestOnes() {
        Registry registry = new Registry(SwarmRules.DEFAULT, new Random(2));
        TestNodes source = new TestNodes(2);
        registry.bootstrap(source.next(14)); // two swarms of 7
        assertThat(registry.view().swarmCount()).isEqualTo(2);
        NetworkView after = registry.join(source.next());
        assertThat(after.swarmCount()).isEqualTo(3);
        assertWithinRules(after);
    }

    @Test
    void aSwarmBelowTheMinimumDissolvesIntoTheOthers() {
        Registry registry = new Registry(SwarmRules.DEFAULT, new Random(2));
        NetworkView view = registry.bootstrap(new TestNodes(3).next(10)); // two swarms of 5
        long doomed = view.swarmIds()[0];
        NetworkView after = registry.leave(view.members(doomed).get(0).ed25519());
        assertThat(after.hasSwarm(doomed)).isFalse();
        assertThat(after.swarmCount()).isEqualTo(1);
        assertThat(after.members(after.swarmIds()[0])).hasSize(9);
    }

    @Test
    void decommissionedNodesStayKnownWithTheInvalidSwarmId() {
        Registry registry = new Registry(SwarmRules.DEFAULT, new Random(4));
        NetworkView view = registry.bootstrap(new TestNodes(4).next(12));
        Snode node = view.nodes().get(3);
        NetworkView after = registry.decommission(node.ed25519());
        assertThat(after.contains(node.ed25519())).isTrue();
        assertThat(after.swarmIdOf(node.ed25519())).isEqualTo(SwarmSpace.INVALID_SWARM_ID);
        NetworkView back = registry.recommission(node.ed25519());
        assertThat(back.swarmIdOf(node.ed25519())).isNotEqualTo(SwarmSpace.INVALID_SWARM_ID);
        assertWithinRules(back);
    }

    @Test
    void misuseIsRejected() {
        Registry registry = new Registry(SwarmRules.DEFAULT, new Random(4));
        TestNodes source = new TestNodes(5);
        List<Snode> nodes = source.next(6);
        registry.bootstrap(nodes);
        assertThatThrownBy(() -> registry.bootstrap(nodes)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> registry.join(nodes.get(0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> registry.leave(source.next().ed25519()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void swarmForAgreesWithSwarmSpace() {
        Registry registry = new Registry(SwarmRules.DEFAULT, new Random(8));
        NetworkView view = registry.bootstrap(new TestNodes(8).next(40));
        byte[] pubkey = new byte[33];
        new Random(1).nextBytes(pubkey);
        assertThat(view.swarmFor(pubkey))
                .isEqualTo(SwarmSpace.closest(view.swarmIds(), SwarmSpace.position(pubkey)));
        assertThat(view.hasSwarm(view.swarmFor(pubkey))).isTrue();
    }

    private static List<String> history(long seed) {
        Registry registry = new Registry(SwarmRules.DEFAULT, new Random(seed));
        TestNodes source = new TestNodes(seed);
        registry.bootstrap(source.next(20));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            NetworkView v = i % 3 == 2 ? registry.leave(registry.view().nodes().get(i).ed25519())
                    : registry.join(source.next());
            for (Snode n : v.nodes()) {
                out.add(n.port() + ":" + Long.toHexString(v.swarmIdOf(n.ed25519())));
            }
        }
        return out;
    }

    static void assertWithinRules(NetworkView view) {
        int nodes = (int) view.nodes().stream()
                .filter(n -> view.swarmIdOf(n.ed25519()) != SwarmSpace.INVALID_SWARM_ID).count();
        int inSwarms = 0;
        for (long id : view.swarmIds()) {
            assertThat(id).isNotEqualTo(SwarmSpace.INVALID_SWARM_ID);
            int size = view.members(id).size();
            inSwarms += size;
            if (nodes >= 10) {
                assertThat(size).as("swarm size with %d nodes", nodes).isBetween(5, 7);
            }
        }
        assertThat(inSwarms).isEqualTo(nodes);
        if (nodes > 0 && nodes < 10) {
            assertThat(view.swarmCount()).isEqualTo(1);
        }
    }
}
