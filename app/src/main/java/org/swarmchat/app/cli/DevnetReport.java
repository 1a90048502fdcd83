package org.swarmchat.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.devnet.DevnetNode;

/**
 * What {@code swarmchat devnet} prints once the network is up: the seed URL, the echo contact's Account ID, the data
 * directory, and the nodes grouped by swarm, as a table for people or one JSON object for scripts.
 *
 * @param seedUrl the URL clients bootstrap from
 * @param echo the echo contact's Account ID, if it runs
 * @param dataDir where the devnet keeps its data
 * @param temporary whether that directory is deleted on exit
 * @param nodes every node
 */
record DevnetReport(String seedUrl, Optional<AccountId> echo, Path dataDir, boolean temporary,
        List<DevnetNode> nodes) {
    private static final ObjectMapper JSON = new ObjectMapper();

    DevnetReport {
        nodes = List.copyOf(nodes);
    }

    /** The nodes by swarm id in unsigned order; decommissioned nodes last, under the invalid id. */
    Map<Long, List<DevnetNode>> bySwarm() {
        Map<Long, List<DevnetNode>> swarms = new TreeMap<>(Long::compareUnsigned);
        for (DevnetNode node : nodes) {
            swarms.computeIfAbsent(node.swarmId(), k -> new ArrayList<>()).add(node);
        }
        return swarms;
    }

    void printText(PrintWriter out) {
        Map<Long, List<DevnetNode>> swarms = bySwarm();
        out.printf("Swarmchat devnet: %d nodes in %d swarms%n", nodes.size(), swarms.size());
        out.printf("seed URL:      %s%n", seedUrl);
        out.printf("echo contact:  %s%n", echo.map(id -> id.hex() + "  (\"Echo\": it answers every message)")
                .orElse("off"));
        out.printf("data:          %s%s%n", dataDir, temporary ? "  (temporary: deleted on exit)" : "");
        out.println();
        out.printf("%-16s  %-9s  %5s  %s%n", "SWARM", "ADDRESS", "PORT", "PUBKEY (ED25519)");
        for (Map.Entry<Long, List<DevnetNode>> swarm : swarms.entrySet()) {
            String label = swarm.getValue().getFirst().swarmHex();
            for (DevnetNode node : swarm.getValue()) {
                out.printf("%-16s  %-9s  %5d  %s%n", label, node.host(), node.port(), shortKey(node));
                label = "";
            }
        }
        out.println();
        out.println("Running. Press Ctrl-C to stop.");
        out.flush();
    }

    void printJson(PrintWriter out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("seed_url", seedUrl);
        if (echo.isPresent()) {
            root.put("echo_account_id", echo.get().hex());
        } else {
            root.putNull("echo_account_id");
        }
        root.put("data_dir", dataDir.toString());
        root.put("temporary", temporary);
        ArrayNode list = root.putArray("swarms");
        for (Map.Entry<Long, List<DevnetNode>> swarm : bySwarm().entrySet()) {
            ObjectNode s = list.addObject();
            s.put("id", swarm.getValue().getFirst().swarmHex());
            ArrayNode members = s.putArray("nodes");
            for (DevnetNode node : swarm.getValue()) {
                members.addObject()
                        .put("address", node.host())
                        .put("port", node.port())
                        .put("pubkey_ed25519", node.ed25519().hex())
                        .put("pubkey_x25519", node.x25519().hex());
            }
        }
        out.println(root);
        out.flush();
    }

    private static String shortKey(DevnetNode node) {
        String hex = node.ed25519().hex();
        return hex.substring(0, 8) + "…" + hex.substring(hex.length() - 4);
    }
}
