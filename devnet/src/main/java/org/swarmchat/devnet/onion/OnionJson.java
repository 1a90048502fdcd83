package org.swarmchat.devnet.onion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.X25519PublicKey;
import org.swarmchat.crypto.onion.EncryptionType;
import org.swarmchat.crypto.onion.MalformedOnionException;

/** The JSON control parts of onion layers: one mapper, and readers of the members with the server's rules. */
final class OnionJson {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private OnionJson() {
    }

    /** The control JSON of a layer: it must be an object. */
    static JsonNode object(String json, String what) throws OnionParseException {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new OnionParseException(what + " is not JSON", e);
        }
        if (node == null || !node.isObject()) {
            throw new OnionParseException(what + " is not a JSON object");
        }
        return node;
    }

    static ObjectNode newObject() {
        return MAPPER.createObjectNode();
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    /** A required string member. */
    static String string(JsonNode object, String name) throws OnionParseException {
        JsonNode value = object.get(name);
        if (value == null) {
            throw new OnionParseException("no `" + name + "`");
        }
        if (!value.isTextual()) {
            throw new OnionParseException("`" + name + "` is not a string");
        }
        return value.asText();
    }

    /** An optional boolean member. */
    static Optional<Boolean> bool(JsonNode object, String name) throws OnionParseException {
        JsonNode value = object.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw new OnionParseException("`" + name + "` is not a boolean");
        }
        return Optional.of(value.asBoolean());
    }

    static X25519PublicKey x25519(JsonNode object, String name) throws OnionParseException {
        String hex = string(object, name);
        try {
            return X25519PublicKey.fromHex(hex);
        } catch (IllegalArgumentException e) {
            throw new OnionParseException("`" + name + "` is not 64 hex characters", e);
        }
    }

    static Ed25519PublicKey ed25519(JsonNode object, String name) throws OnionParseException {
        String hex = string(object, name);
        try {
            return Ed25519PublicKey.fromHex(hex);
        } catch (IllegalArgumentException e) {
            throw new OnionParseException("`" + name + "` is not 64 hex characters", e);
        }
    }

    /** {@code enc_type}, aes-gcm when absent. */
    static EncryptionType encType(JsonNode object) throws OnionParseException {
        if (!object.has("enc_type")) {
            return EncryptionType.AES_GCM;
        }
        try {
            return EncryptionType.parse(string(object, "enc_type"));
        } catch (MalformedOnionException e) {
            throw new OnionParseException(e.getMessage(), e);
        }
    }
}
