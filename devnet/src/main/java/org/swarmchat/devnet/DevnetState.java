package org.swarmchat.devnet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.util.encoders.Hex;
import org.swarmchat.crypto.HexCodec;

/**
 * What a devnet with a data directory remembers between runs, in {@code devnet.json}: the block height, the seed
 * port, and each node's Ed25519 seed, port and swarm id. The seeds are devnet node keys, written in clear on
 * purpose: they protect nothing but the test network's identities.
 *
 * @param height the registry's block height
 * @param seedPort the seed server's port
 * @param nodes the nodes in registration order
 */
record DevnetState(long height, int seedPort, List<SavedNode> nodes) {
    static final String FILE = "devnet.json";
    private static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One node.
     *
     * @param seed the 32-byte Ed25519 seed
     * @param port the HTTPS port
     * @param swarmId the swarm id
     */
    record SavedNode(byte[] seed, int port, long swarmId) {
    }

    DevnetState {
        nodes = List.copyOf(nodes);
    }

    /** The state saved in {@code dir}, if any. */
    static Optional<DevnetState> load(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonNode root = JSON.readTree(file.toFile());
        if (root.path("version").asInt() != VERSION) {
            throw new IOException(file + " has an unknown version: " + root.path("version"));
        }
        List<SavedNode> nodes = new ArrayList<>();
        for (JsonNode n : root.path("nodes")) {
            nodes.add(new SavedNode(HexCodec.decode(n.path("seed").asText(), 32, "node seed"),
                    n.path("port").asInt(), Long.parseUnsignedLong(n.path("swarm").asText(), 16)));
        }
        return Optional.of(new DevnetState(root.path("height").asLong(), root.path("seedPort").asInt(), nodes));
    }

    /** Writes the state to {@code dir} atomically. */
    void save(Path dir) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        root.put("height", height);
        root.put("seedPort", seedPort);
        ArrayNode list = root.putArray("nodes");
        for (SavedNode n : nodes) {
            ObjectNode o = list.addObject();
            o.put("seed", Hex.toHexString(n.seed()));
            o.put("port", n.port());
            o.put("swarm", Long.toHexString(n.swarmId()));
        }
        Path tmp = dir.resolve(FILE + ".tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
        Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
