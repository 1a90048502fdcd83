package org.swarmchat.swarm.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarmchat.swarm.TestNodes;
import org.swarmchat.swarm.api.Snode;

/** SPEC §1.3: the pool is what three replies agree on, and only if that is at least the threshold. */
class PoolAgreementTest {
    private final List<Snode> network = TestNodes.nodes(40);

    @Test
    void honestRepliesAgreeOnTheWholeNetwork() {
        assertThat(PoolAgreement.agree(List.of(network, network, network), 24)).contains(network);
    }

    @Test
    void aReplyMissingSomeNodesStillLeavesEnoughAgreement() {
        List<Snode> partial = network.subList(0, 30);

        assertThat(PoolAgreement.agree(List.of(network, partial, network), 24)).contains(partial);
    }

    @Test
    void aLiarCannotShrinkThePoolBelowTheThreshold() {
        List<Snode> liar = network.subList(0, 5);

        assertThat(PoolAgreement.agree(List.of(network, liar, network), 24)).isEmpty();
    }

    @Test
    void aLiarCannotInjectNodes() {
        List<Snode> injected = new ArrayList<>(network);
        injected.addAll(TestNodes.nodes(60).subList(40, 60));

        assertThat(PoolAgreement.agree(List.of(network, injected, network), 24).orElseThrow())
                .doesNotContainAnyElementsOf(injected.subList(40, 60));
    }

    @Test
    void aNodeListedWithAnotherAddressIsNotAgreedOn() {
        List<Snode> moved = new ArrayList<>(network);
        Snode first = network.getFirst();
        moved.set(0, new Snode(first.ed25519(), first.x25519(), "10.9.9.9", first.port()));

        assertThat(PoolAgreement.agree(List.of(network, moved, network), 24).orElseThrow()).doesNotContain(first);
    }

    @Test
    void aNetworkSmallerThanTheThresholdAgreesOnEverythingItHas() {
        List<Snode> small = network.subList(0, 12);

        assertThat(PoolAgreement.effectiveThreshold(24, 12)).isEqualTo(12);
        assertThat(PoolAgreement.agree(List.of(small, small, small), 24)).contains(small);
        assertThat(PoolAgreement.agree(List.of(small, small.subList(0, 11), small), 24)).isEmpty();
    }

    @Test
    void nothingToAgreeOnIsRefused() {
        assertThat(PoolAgreement.agree(List.of(List.of(), List.of(), List.of()), 24)).isEmpty();
        assertThatThrownBy(() -> PoolAgreement.agree(List.of(), 24)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PoolAgreement.agree(List.of(network), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
