package org.swarmchat.swarm.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.swarmchat.crypto.Ed25519PublicKey;

/** Parses the {@code "swarm"} map of swarm-replicated replies (SPEC §3.2). */
final class SwarmReplies {
    /** Reads one member's successful entry. */
    interface EntryParser<T> {
        NodeResult.Success<T> parse(Ed25519PublicKey node, JsonNode entry) throws MalformedResponseException;
    }

    private SwarmReplies() {
    }

    static <T> Map<Ed25519PublicKey, NodeResult<T>> parse(JsonNode body, String what, EntryParser<T> parser)
            throws MalformedResponseException {
        SnodeJson.requireObject(body, what);
        JsonNode swarm = body.get("swarm");
        if (swarm == null || !swarm.isObject()) {
            throw new MalformedResponseException(what + " lacks the object \"swarm\"");
        }
        Map<Ed25519PublicKey, NodeResult<T>> results = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = swarm.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            Ed25519PublicKey node = SnodeJson.ed25519(field.getKey(), what + " member key");
            JsonNode entry = SnodeJson.requireObject(field.getValue(), what + " entry of " + field.getKey());
            results.put(node, entry.path("failed").asBoolean(false) ? new NodeResult.Failure<>(reason(entry))
                    : parser.parse(node, entry));
        }
        return results;
    }

    private static String reason(JsonNode entry) {
        if (entry.path("timeout").asBoolean(false)) {
            return "timeout";
        }
        if (entry.has("code")) {
            return "code " + entry.path("code").asText() + ": " + entry.path("reason").asText("");
        }
        if (entry.path("bad_peer_response").asBoolean(false)) {
            return "bad peer response";
        }
        if (entry.path("query_failure").asBoolean(false)) {
            return "query failure";
        }
        return "failed";
    }

    /** Verifies a node's base64 signature over {@code signed}; anything malformed is simply not valid. */
    static boolean verifies(Ed25519PublicKey node, JsonNode signature, String signed) {
        if (signature == null || !signature.isTextual()) {
            return false;
        }
        try {
            byte[] sig = Base64.getDecoder().decode(signature.asText());
            return sig.length == 64
                    && node.verify(sig, signed.getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
