package org.swarmchat.devnet.onion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.swarmchat.crypto.X25519PublicKey;
import org.swarmchat.crypto.onion.CombinedPayload;
import org.swarmchat.crypto.onion.EncryptionType;
import org.swarmchat.crypto.onion.MalformedOnionException;

/**
 * The body of a {@code POST /onion_req/v2}: {@code [N] || ciphertext || {"ephemeral_key":…,["enc_type":…],
 * ["hop_no":…]}} (SPEC §4.4 step 5). Clients send it to the guard; devnet nodes send the same form to the next
 * node, with {@code hop_no} counted up as real nodes count it in their OxenMQ relay.
 *
 * @param ciphertext the layer addressed to the receiving node
 * @param ephemeralKey the client's ephemeral X25519 key for that layer
 * @param encType the layer's cipher
 * @param hopNo how many hops the request has passed (a client may start above 0 to hide its position)
 */
record OnionEnvelope(byte[] ciphertext, X25519PublicKey ephemeralKey, EncryptionType encType, int hopNo) {
    OnionEnvelope {
        Objects.requireNonNull(ciphertext, "ciphertext");
        Objects.requireNonNull(ephemeralKey, "ephemeralKey");
        Objects.requireNonNull(encType, "encType");
    }

    /**
     * Parses a request body as the storage server does: the length prefix must fit, the JSON must be an object
     * with a 64-hex {@code ephemeral_key}, a known {@code enc_type} if any, and an integer {@code hop_no} if any
     * (negative counts as 0).
     *
     * @throws OnionParseException saying what is wrong
     */
    static OnionEnvelope parse(byte[] body) throws OnionParseException {
        CombinedPayload payload;
        try {
            payload = CombinedPayload.decode(body);
        } catch (MalformedOnionException e) {
            throw new OnionParseException(e.getMessage(), e);
        }
        JsonNode control = OnionJson.object(payload.json(), "the onion request JSON");
        X25519PublicKey ephemeral = OnionJson.x25519(control, "ephemeral_key");
        EncryptionType type = OnionJson.encType(control);
        int hopNo = 0;
        JsonNode hop = control.get("hop_no");
        if (hop != null) {
            if (!hop.isIntegralNumber() || !hop.canConvertToInt()) {
                throw new OnionParseException("`hop_no` is not an integer");
            }
            hopNo = Math.max(0, hop.intValue());
        }
        return new OnionEnvelope(payload.blob(), ephemeral, type, hopNo);
    }

    /** The body for the next node, {@code enc_type} and {@code hop_no} always named. */
    byte[] encode() {
        ObjectNode control = OnionJson.newObject();
        control.put("ephemeral_key", ephemeralKey.hex());
        control.put("enc_type", encType.wireName());
        control.put("hop_no", hopNo);
        return CombinedPayload.encode(ciphertext, OnionJson.bytes(control));
    }
}
