package org.swarmchat.swarm.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.swarmchat.crypto.Ed25519PublicKey;

/**
 * The swarm a pubkey maps to, as a node describes it in a {@code get_swarm} reply or a 421 (SPEC §2.3, §2.6):
 * the swarm id and its members. Members at {@code 0.0.0.0} are left out, as clients do.
 *
 * @param id the swarm id as the node writes it (lowercase hex); {@code ffffffffffffffff} when there is none
 * @param members the usable members, in the node's order
 */
public record Swarm(String id, List<Snode> members) {
    /** The id nodes give when a pubkey maps to no swarm. */
    public static final String NO_SWARM = "ffffffffffffffff";

    /** Copies the member list. */
    public Swarm {
        Objects.requireNonNull(id, "id");
        members = List.copyOf(members);
    }

    /**
     * Parses {@code {"snodes":[{"ip","port_https","pubkey_ed25519","pubkey_x25519",…},…],"swarm":"…"}}. The port
     * is {@code port_https}, or the deprecated string {@code port} if a node only sends that.
     *
     * @throws MalformedResponseException if the members or their keys are missing or malformed
     */
    public static Swarm parse(JsonNode body) throws MalformedResponseException {
        String what = "swarm reply";
        SnodeJson.requireObject(body, what);
        JsonNode snodes = SnodeJson.requireArray(body, "snodes", what);
        JsonNode idNode = body.get("swarm");
        String id = idNode != null && idNode.isTextual() ? idNode.asText() : NO_SWARM;
        List<Snode> members = new ArrayList<>();
        for (JsonNode entry : snodes) {
            String ip = SnodeJson.requireText(entry, "ip", "swarm member");
            if (ip.isBlank() || ip.equals("0.0.0.0")) {
                continue;
            }
            long port = entry.has("port_https") ? SnodeJson.requireLong(entry, "port_https", "swarm member")
                    : SnodeJson.requireLong(entry, "port", "swarm member");
            members.add(snode(SnodeJson.requireEd25519(entry, "pubkey_ed25519", "swarm member"), entry, ip, port));
        }
        return new Swarm(id, members);
    }

    private static Snode snode(Ed25519PublicKey ed, JsonNode entry, String ip, long port)
            throws MalformedResponseException {
        try {
            return new Snode(ed, SnodeJson.requireX25519(entry, "pubkey_x25519", "swarm member"), ip,
                    Math.toIntExact(port));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new MalformedResponseException("swarm member " + ed.hex() + " is unusable: " + e.getMessage(), e);
        }
    }

    /** Whether {@code node} is a member. */
    public boolean contains(Ed25519PublicKey node) {
        return members.stream().anyMatch(m -> m.ed25519().equals(node));
    }
}
