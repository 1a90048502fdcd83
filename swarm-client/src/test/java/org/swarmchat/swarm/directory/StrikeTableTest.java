package org.swarmchat.swarm.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.swarm.TestNodes;

/** SPEC §1.4: the third strike puts a node out; a refresh forgives. */
class StrikeTableTest {
    private final StrikeTable table = new StrikeTable(3);
    private final Ed25519PublicKey a = TestNodes.node(1).ed25519();
    private final Ed25519PublicKey b = TestNodes.node(2).ed25519();

    @Test
    void theThirdStrikeIsOut() {
        assertThat(table.strike(a)).isFalse();
        assertThat(table.strike(a)).isFalse();
        assertThat(table.strike(b)).isFalse();
        assertThat(table.strike(a)).isTrue();
        assertThat(table.count(a)).isEqualTo(3);
        assertThat(table.count(b)).isEqualTo(1);
    }

    @Test
    void clearingForgivesOneNodeAndResetForgivesAll() {
        table.strike(a);
        table.strike(a);
        table.strike(b);

        table.clear(a);
        assertThat(table.count(a)).isZero();
        assertThat(table.count(b)).isEqualTo(1);

        table.reset();
        assertThat(table.count(b)).isZero();
    }
}
