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
    private static boolean devnetOnion;

    private SharedDevnet() {
    }

    static synchronized LocalDevnet get() throws IOException {
        if (devnet == null) {
            LocalDevnet started = Devnets.start(NODES);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "devnet-close"));
            devnetOnion = started.storageNode(started.nodes().getFirst()).routes()
                    .find("POST", "/onion_req/v2").isPresent();
            devnet = started;
        }
        StandInOnionEndpoint.installWhereMissing(devnet);
        return devnet;
    }

    /**
     * Whether the devnet serves {@code /onion_req/v2} itself; if not, {@link StandInOnionEndpoint} does (the
     * devnet's own endpoint is being written on another branch).
     */
    static synchronized boolean devnetServesOnion() throws IOException {
        get();
        return devnetOnion;
    }

    /** Clears every fault and starts every stopped node. */
    static void heal() throws IOException {
        LocalDevnet d = get();
        for (DevnetNode node : d.nodes()) {
            d.faults(node).clear();
            if (!d.faults(node).isRunning()) {
                d.faults(node).start();
            }
        }
    }
}
