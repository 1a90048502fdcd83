package org.swarmchat.swarm.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.X25519PublicKey;

/**
 * The JSON of the storage RPC: one strict mapper (trailing garbage after the value is an error), and field
 * readers that turn a missing or mistyped member into {@link MalformedResponseException} naming the member.
 * Stateless; thread-safe.
 */
public final class SnodeJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private SnodeJson() {
    }

    /** A new empty JSON object. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Compact UTF-8 JSON of {@code node}. */
    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree built in memory always serializes", e);
        }
    }

    /**
     * Parses one JSON value.
     *
     * @param what names the reply in the exception message
     * @throws MalformedResponseException if {@code json} is empty, not JSON, or has anything after the value
     */
    public static JsonNode parse(byte[] json, String what) throws MalformedResponseException {
        if (json == null || json.length == 0) {
            throw new MalformedResponseException(what + " is empty");
        }
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new MalformedResponseException(what + " is empty");
            }
            return node;
        } catch (IOException e) {
            throw new MalformedResponseException(what + " is not JSON: " + preview(json), e);
        }
    }

    /**
     * Parses a JSON object.
     *
     * @throws MalformedResponseException as {@link #parse}, and if the value is not an object
     */
    public static ObjectNode parseObject(byte[] json, String what) throws MalformedResponseException {
        JsonNode node = parse(json, what);
        if (!node.isObject()) {
            throw new MalformedResponseException(what + " is not a JSON object: " + preview(json));
        }
        return (ObjectNode) node;
    }

    /** Requires {@code node} to be an object. */
    public static ObjectNode requireObject(JsonNode node, String what) throws MalformedResponseException {
        if (node == null || !node.isObject()) {
            throw new MalformedResponseException(what + " is not a JSON object");
        }
        return (ObjectNode) node;
    }

    /** The array member {@code field}. */
    public static JsonNode requireArray(JsonNode parent, String field, String what)
            throws MalformedResponseException {
        JsonNode value = parent.get(field);
        if (value == null || !value.isArray()) {
            throw new MalformedResponseException(what + " lacks the array \"" + field + "\"");
        }
        return value;
    }

    /** The string member {@code field}. */
    public static String requireText(JsonNode parent, String field, String what) throws MalformedResponseException {
        JsonNode value = parent.get(field);
        if (value == null || !value.isTextual()) {
            throw new MalformedResponseException(what + " lacks the string \"" + field + "\"");
        }
        return value.asText();
    }

    /** The integer member {@code field}; a string holding an integer is accepted, as the server accepts it. */
    public static long requireLong(JsonNode parent, String field, String what) throws MalformedResponseException {
        JsonNode value = parent.get(field);
        if (value != null && value.isIntegralNumber() && value.canConvertToLong()) {
            return value.asLong();
        }
        if (value != null && value.isTextual()) {
            try {
                return Long.parseLong(value.asText());
            } catch (NumberFormatException e) {
                throw new MalformedResponseException(what + " has a non-numeric \"" + field + "\"", e);
            }
        }
        throw new MalformedResponseException(what + " lacks the integer \"" + field + "\"");
    }

    /** The Ed25519 key in hex member {@code field}. */
    public static Ed25519PublicKey requireEd25519(JsonNode parent, String field, String what)
            throws MalformedResponseException {
        return ed25519(requireText(parent, field, what), what + " \"" + field + "\"");
    }

    /** An Ed25519 key from 64 hex characters. */
    public static Ed25519PublicKey ed25519(String hex, String what) throws MalformedResponseException {
        try {
            return Ed25519PublicKey.fromHex(hex);
        } catch (IllegalArgumentException e) {
            throw new MalformedResponseException(what + " is not an Ed25519 key: " + e.getMessage(), e);
        }
    }

    /** The X25519 key in hex member {@code field}. */
    public static X25519PublicKey requireX25519(JsonNode parent, String field, String what)
            throws MalformedResponseException {
        try {
            return X25519PublicKey.fromHex(requireText(parent, field, what));
        } catch (IllegalArgumentException e) {
            throw new MalformedResponseException(what + " \"" + field + "\" is not an X25519 key: "
                    + e.getMessage(), e);
        }
    }

    /** Standard base64 (padded or not) decoded. */
    public static byte[] base64(String text, String what) throws MalformedResponseException {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new MalformedResponseException(what + " is not base64", e);
        }
    }

    /** The first 80 characters of a reply, printable, for messages about garbage. */
    public static String preview(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 80), StandardCharsets.UTF_8);
        return "'" + text.replaceAll("[^\\x20-\\x7e]", "?") + (body.length > 80 ? "…'" : "'");
    }
}
