package org.swarmchat.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import org.swarmchat.app.config.NetworkChoice;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.swarm.NetworkStatus;
import org.swarmchat.swarm.NetworkStatus.MemberStatus;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.onion.OnionPath;

/** How {@code swarmchat network} prints a {@link NetworkStatus}: a table for people, one JSON object for scripts. */
final class NetworkReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private NetworkReport() {
    }

    /**
     * One JSON object: {@code network}, {@code seeds}, {@code account}, {@code pool_size},
     * {@code pool_refreshed_at}, {@code clock_offset_ms}, {@code own_swarm} ({@code id}, {@code size},
     * {@code reachable}, {@code members}: {@code address}, {@code ed25519}, {@code x25519}, {@code reachable},
     * {@code latency_ms}, {@code detail}), {@code paths} ({@code state}, {@code detail}, {@code paths}: hops), and
     * the token figures as {@link TokenFiguresReport#json} adds them. Scripts read this: add members, never rename
     * or remove one.
     */
    static String json(NetworkChoice network, AccountId account, NetworkStatus status, TokenFiguresResult tokens) {
        ObjectNode root = JSON.createObjectNode();
        root.put("network", network.name());
        ArrayNode seeds = root.putArray("seeds");
        network.seeds().forEach(seed -> seeds.add(seed.toString()));
        root.put("account", account.hex());
        root.put("pool_size", status.poolSize());
        root.put("pool_refreshed_at", status.poolRefreshedAt().toString());
        root.put("clock_offset_ms", status.clockOffset().toMillis());

        ObjectNode swarm = root.putObject("own_swarm");
        swarm.put("id", status.ownSwarmId());
        swarm.put("size", status.ownSwarm().size());
        swarm.put("reachable", status.reachableMembers());
        ArrayNode members = swarm.putArray("members");
        for (MemberStatus member : status.ownSwarm()) {
            ObjectNode m = node(members.addObject(), member.node());
            m.put("reachable", member.reachable());
            if (member.latency().isPresent()) {
                m.put("latency_ms", member.latency().get().toMillis());
            } else {
                m.putNull("latency_ms");
            }
            m.put("detail", member.detail());
        }

        ObjectNode paths = root.putObject("paths");
        paths.put("state", status.paths().state().name().toLowerCase(Locale.ROOT));
        paths.put("detail", status.paths().detail());
        ArrayNode list = paths.putArray("paths");
        for (OnionPath path : status.paths().paths()) {
            ArrayNode hops = list.addObject().putArray("hops");
            path.hops().forEach(hop -> node(hops.addObject(), hop));
        }
        TokenFiguresReport.json(root, tokens);
        return root.toString();
    }

    private static ObjectNode node(ObjectNode into, Snode node) {
        into.put("address", node.address());
        into.put("ed25519", node.ed25519().hex());
        into.put("x25519", node.x25519().hex());
        return into;
    }

    /**
     * The table: pool, the account's swarm member by member, the paths as You -> guard -> hop -> hop, then the token
     * figures with their time in {@code zone}.
     */
    static String text(NetworkChoice network, AccountId account, NetworkStatus status, TokenFiguresResult tokens,
            ZoneId zone) {
        StringBuilder out = new StringBuilder();
        out.append("Network      ").append(network.name()).append(" (seed ")
                .append(network.seeds().getFirst()).append(network.seeds().size() > 1 ? ", ..." : "").append(")\n");
        out.append("Node pool    ").append(status.poolSize()).append(" nodes, fetched ")
                .append(status.poolRefreshedAt()).append('\n');
        out.append("Clock offset ").append(signedMillis(status.clockOffset())).append('\n');
        out.append('\n');
        out.append("Swarm ").append(status.ownSwarmId()).append(" of ").append(account.hex()).append(": ")
                .append(status.ownSwarm().size()).append(" nodes, ").append(status.reachableMembers())
                .append(" reachable\n");
        out.append(String.format(Locale.ROOT, "  %-21s  %-16s  %-11s  %s%n", "ADDRESS", "KEY", "REACHABLE",
                "LATENCY"));
        for (MemberStatus member : status.ownSwarm()) {
            out.append(String.format(Locale.ROOT, "  %-21s  %-16s  %-11s  %s%n", member.node().address(),
                    member.node().ed25519().hex().substring(0, 16), member.reachable() ? "yes" : "no",
                    member.latency().map(l -> l.toMillis() + " ms").orElse(member.detail())));
        }
        out.append('\n');
        out.append("Onion paths  ").append(status.paths().state().name().toLowerCase(Locale.ROOT));
        if (!status.paths().detail().isEmpty()) {
            out.append(" (").append(status.paths().detail()).append(')');
        }
        out.append('\n');
        int number = 1;
        for (OnionPath path : status.paths().paths()) {
            out.append("  ").append(number++).append(". You");
            for (Snode hop : path.hops()) {
                out.append(" -> ").append(hop.address()).append(" (").append(hop.shortId()).append(')');
            }
            out.append('\n');
        }
        out.append('\n');
        out.append(TokenFiguresReport.text(tokens, zone));
        return out.toString();
    }

    private static String signedMillis(Duration offset) {
        long ms = offset.toMillis();
        return (ms >= 0 ? "+" : "") + ms + " ms";
    }
}
