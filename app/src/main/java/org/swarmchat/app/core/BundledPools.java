package org.swarmchat.app.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarmchat.app.config.NetworkChoice;
import org.swarmchat.swarm.api.MalformedResponseException;
import org.swarmchat.swarm.api.ServiceNodeList;
import org.swarmchat.swarm.api.Snode;

/**
 * The node lists shipped with the app (SPEC §1.1: both official clients bundle a snapshot of the pool, used only when
 * every seed fails). One resource per network, {@code snode-pool-<network>.json} beside this class: the
 * {@code result} of a seed's {@code get_n_service_nodes} (SPEC §1.2) with {@code placeholder}, {@code network} and
 * {@code taken_at} around it. A file marked {@code "placeholder": true} is not used; the mainnet file is one until
 * a real snapshot is taken on a machine with internet. Networks without a file (devnet, testnet, a seed URL) have no
 * fallback.
 */
public final class BundledPools {
    private static final Logger LOG = LoggerFactory.getLogger(BundledPools.class);

    private BundledPools() {
    }

    /** The bundled nodes of {@code network}, or none if it has no usable list. */
    public static List<Snode> of(NetworkChoice network) {
        if (network.embeddedDevnet()) {
            return List.of();
        }
        String resource = "snode-pool-" + network.name() + ".json";
        try (InputStream in = BundledPools.class.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            Snapshot snapshot = read(in);
            if (snapshot.placeholder()) {
                LOG.debug("the bundled node list of {} is a placeholder: no fallback when the seeds fail",
                        network.name());
                return List.of();
            }
            return snapshot.nodes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled node list " + resource, e);
        }
    }

    /**
     * Reads a bundled list.
     *
     * @throws IOException if it is not JSON or its node list is malformed
     */
    static Snapshot read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        if (root == null || !root.isObject()) {
            throw new IOException("a bundled node list must be a JSON object");
        }
        try {
            return new Snapshot(root.path("placeholder").asBoolean(false), ServiceNodeList.parse(root.get("result")));
        } catch (MalformedResponseException e) {
            throw new IOException("bundled node list: " + e.getMessage(), e);
        }
    }

    /** A bundled list as read, placeholder or not. */
    record Snapshot(boolean placeholder, List<Snode> nodes) {
        Snapshot {
            nodes = List.copyOf(nodes);
        }
    }
}
