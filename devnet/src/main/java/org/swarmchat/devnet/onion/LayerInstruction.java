package org.swarmchat.devnet.onion;

import com.fasterxml.jackson.databind.JsonNode;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.X25519PublicKey;
import org.swarmchat.crypto.onion.CombinedPayload;
import org.swarmchat.crypto.onion.EncryptionType;
import org.swarmchat.crypto.onion.MalformedOnionException;

/**
 * What a decrypted layer tells its node to do (SPEC §4.4, storage server {@code process_inner_request}): a layer
 * whose JSON has {@code headers} ends here, one with {@code host} goes to a server, any other names the next node.
 */
sealed interface LayerInstruction {
    /**
     * Run the storage request here.
     *
     * @param request the storage RPC body
     * @param embedJson answer with the RPC's JSON as an object rather than as a string ({@code "json":true})
     * @param base64 base64 the encrypted answer ({@code "base64"}, true unless false)
     */
    record ForDestination(byte[] request, boolean embedJson, boolean base64) implements LayerInstruction {
    }

    /**
     * Relay the inner layer to another node.
     *
     * @param ciphertext the next node's layer
     * @param next the next node's Ed25519 key
     * @param ephemeralKey the ephemeral key of the next layer
     * @param encType the cipher of the next layer
     */
    record ForNode(byte[] ciphertext, Ed25519PublicKey next, X25519PublicKey ephemeralKey, EncryptionType encType)
            implements LayerInstruction {
    }

    /**
     * Proxy the whole decrypted layer to an HTTP(S) server (SPEC §4.6).
     *
     * @param layer the whole decrypted layer, which the server parses itself
     * @param protocol {@code http} or {@code https} (default https)
     * @param host the server's host name
     * @param port the server's port (default 443)
     * @param target the path, e.g. {@code /oxen/v4/lsrpc}
     */
    record ForServer(byte[] layer, String protocol, String host, int port, String target)
            implements LayerInstruction {
    }

    /**
     * Reads a decrypted layer.
     *
     * @throws OnionParseException if it is not a combined payload with a JSON object, or a member the instruction
     *     needs is missing or of the wrong type (the storage server then answers an encrypted 400 "Invalid json")
     */
    static LayerInstruction parse(byte[] plaintext) throws OnionParseException {
        CombinedPayload payload;
        try {
            payload = CombinedPayload.decode(plaintext);
        } catch (MalformedOnionException e) {
            throw new OnionParseException(e.getMessage(), e);
        }
        JsonNode json = OnionJson.object(payload.json(), "the layer JSON");
        if (json.has("headers")) {
            // "headers" only marks the destination; its value is never read (desktop sends {}, libsession "")
            return new ForDestination(payload.blob(), OnionJson.bool(json, "json").orElse(false),
                    OnionJson.bool(json, "base64").orElse(true));
        }
        if (json.has("host")) {
            return new ForServer(plaintext.clone(), json.has("protocol") ? OnionJson.string(json, "protocol")
                    : "https", OnionJson.string(json, "host"), port(json), OnionJson.string(json, "target"));
        }
        return new ForNode(payload.blob(), OnionJson.ed25519(json, "destination"),
                OnionJson.x25519(json, "ephemeral_key"), OnionJson.encType(json));
    }

    private static int port(JsonNode json) throws OnionParseException {
        JsonNode port = json.get("port");
        if (port == null) {
            return 443;
        }
        if (!port.canConvertToInt() || !port.isIntegralNumber() || port.intValue() < 0
                || port.intValue() > 65_535) {
            throw new OnionParseException("`port` is not a port number");
        }
        return port.intValue();
    }
}
