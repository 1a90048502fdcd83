package org.swarmchat.swarm.exec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.swarm.TestNodes;

/** SPEC §4.7: the relay errors name the node at fault, or blame the path. */
class RelayErrorTest {
    private final Ed25519PublicKey node = TestNodes.node(5).ed25519();

    @Test
    void nextNodeNotFoundNamesTheNode() {
        RelayError e = RelayError.parse(502, "Next node not found: " + node.hex());

        assertThat(e.kind()).isEqualTo(RelayError.Kind.NODE_UNREACHABLE);
        assertThat(e.node()).contains(node);
        assertThat(RelayError.parse(502, "Next node is currently unreachable: " + node.hex()).node()).contains(node);
    }

    @Test
    void notReadyErrorsSayWhoIsNotReady() {
        assertThat(RelayError.parse(503, "Snode not ready: " + node.hex()).kind())
                .isEqualTo(RelayError.Kind.NODE_NOT_READY);
        assertThat(RelayError.parse(503, "Service node is not ready: syncing\n").kind())
                .isEqualTo(RelayError.Kind.GUARD_NOT_READY);
        assertThat(RelayError.parse(503, "Server busy, try again later").kind())
                .isEqualTo(RelayError.Kind.GUARD_NOT_READY);
    }

    @Test
    void otherErrorsBlameThePath() {
        assertThat(RelayError.parse(504, "Request time out").kind()).isEqualTo(RelayError.Kind.TIMEOUT);
        assertThat(RelayError.parse(400, "Invalid ciphertext").kind()).isEqualTo(RelayError.Kind.PATH);
        assertThat(RelayError.parse(500, "Invalid response from snode").kind()).isEqualTo(RelayError.Kind.PATH);
        assertThat(RelayError.parse(502, "\u0000\u00ff").describe()).isEqualTo("502 ??");
    }
}
