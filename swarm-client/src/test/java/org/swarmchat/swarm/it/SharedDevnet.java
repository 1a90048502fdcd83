package org.swarmchat.swarm.it;

import java.io.IOException;
import org.swarmchat.devnet.DevnetNode;
import org.swarmchat.devnet.LocalDevnet;

/**
 * One 25-node devnet shared by the integration test classes (starting one takes seconds on a loaded machine),
 * closed when the test JVM exits. Tests use fresh accounts, so they do not see each other's messages, and every
 * test that injects faults calls {@link #heal()} afterwards.
 */
final class SharedDevnet {
    static final int NODES = 25;
    private static LocalDevnet devnet;

    private SharedDevnet() {
    }

    static synchronized LocalDevnet get() throws IOException {
        if (devnet == null) {
            LocalDevnet started = Devnets.start(NODES);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "devnet-close"));
            devnet = started;
        }
        return devnet;
    }

    /** Clears every fault, starts every stopped node and stops recording. */
    static void heal() throws IOException {
        LocalDevnet d = get();
        d.stopRecording();
        for (DevnetNode node : d.nodes()) {
            d.faults(node).clear();
            if (!d.faults(node).isRunning()) {
                d.faults(node).start();
            }
        }
    }
}
