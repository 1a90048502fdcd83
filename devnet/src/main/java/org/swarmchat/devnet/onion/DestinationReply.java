package org.swarmchat.devnet.onion;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import org.swarmchat.crypto.onion.HopKeys;
import org.swarmchat.crypto.onion.OnionLayerPeeler;
import org.swarmchat.devnet.http.HttpReply;
import org.swarmchat.devnet.node.RpcResponse;

/**
 * The destination's answer to an onion request (SPEC §4.5, storage server {@code wrap_proxy_response}): the RPC's
 * status and body as {@code {"status":…,"body":…}}, encrypted with the key of the layer the request came in, and
 * base64-encoded unless the layer asked otherwise. The HTTP status is always 200; the RPC's own status is inside.
 * A JSON body goes in as a string (double-encoded) unless the layer asked for {@code "json":true}.
 */
final class DestinationReply {
    private DestinationReply() {
    }

    static HttpReply wrap(RpcResponse response, HopKeys key, boolean embedJson, boolean base64,
            SecureRandom random) {
        ObjectNode wrapped = OnionJson.newObject();
        wrapped.put("status", response.status());
        if (!response.isJson()) {
            wrapped.put("body", response.text());
        } else if (embedJson) {
            wrapped.set("body", response.json());
        } else {
            wrapped.put("body", OnionJson.text(response.json()));
        }
        byte[] plaintext = OnionJson.bytes(wrapped);
        return base64 ? HttpReply.text(200, OnionLayerPeeler.encryptResponse(key, plaintext, random))
                : new HttpReply(200, "application/octet-stream", key.encrypt(plaintext, random));
    }

    /** An error of the layer itself, e.g. 400 "Invalid json", encrypted like any destination answer. */
    static HttpReply error(int status, String text, HopKeys key, SecureRandom random) {
        return wrap(RpcResponse.text(status, text), key, false, true, random);
    }
}
