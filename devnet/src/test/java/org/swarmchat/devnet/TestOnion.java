package org.swarmchat.devnet;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.X25519KeyPair;
import org.swarmchat.crypto.onion.CombinedPayload;
import org.swarmchat.crypto.onion.EncryptionType;
import org.swarmchat.crypto.onion.HopEncryption;
import org.swarmchat.crypto.onion.HopKeys;
import org.swarmchat.crypto.onion.InvalidHopKeyException;
import org.swarmchat.crypto.onion.OnionHop;

/**
 * Builds onion requests for the devnet tests layer by layer (SPEC §4.4), so that a test can put anything into the
 * destination's layer or the guard's JSON: the crypto module's client builder only makes well-formed requests.
 * The hops may include nodes the devnet does not know (a random key pair), to test "Next node not found".
 */
final class TestOnion {
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A built request.
     *
     * @param guardBody the body for the first hop's {@code /onion_req/v2}
     * @param keys the layer key of each hop, the destination's last: it decrypts the destination's answer
     */
    record Built(byte[] guardBody, List<HopKeys> keys) {
        HopKeys destinationKey() {
            return keys.getLast();
        }
    }

    private TestOnion() {
    }

    /** A hop for a devnet node. */
    static OnionHop hop(DevnetNode node) {
        return new OnionHop(node.ed25519(), node.x25519());
    }

    /** {@code [len(rpc)] || rpc || destinationJson}, the destination's plaintext layer. */
    static byte[] destinationLayer(String rpc, String destinationJson) {
        return CombinedPayload.encode(rpc.getBytes(StandardCharsets.UTF_8),
                destinationJson.getBytes(StandardCharsets.UTF_8));
    }

    /** A request whose destination (the last hop) runs {@code rpc}. */
    static Built request(List<OnionHop> hops, String rpc, EncryptionType type) {
        return wrap(hops, destinationLayer(rpc, "{\"headers\":{}}"), type, "");
    }

    /**
     * Wraps {@code innermost} (the last hop's plaintext) for {@code hops}, guard first.
     *
     * @param guardExtra extra members for the guard's JSON, e.g. {@code ,"hop_no":15}
     */
    static Built wrap(List<OnionHop> hops, byte[] innermost, EncryptionType type, String guardExtra) {
        List<HopKeys> keys = new ArrayList<>();
        for (OnionHop hop : hops) {
            try {
                keys.add(HopEncryption.forNode(X25519KeyPair.generate(RANDOM), hop.x25519(), type));
            } catch (InvalidHopKeyException e) {
                throw new AssertionError(e);
            }
        }
        int last = hops.size() - 1;
        byte[] layer = keys.get(last).encrypt(innermost, RANDOM);
        for (int i = last - 1; i >= 0; i--) {
            ObjectNode control = DevnetClient.JSON.createObjectNode();
            control.put("destination", hops.get(i + 1).ed25519().hex());
            control.put("ephemeral_key", keys.get(i + 1).clientEphemeral().hex());
            control.put("enc_type", type.wireName());
            layer = keys.get(i).encrypt(CombinedPayload.encode(layer,
                    control.toString().getBytes(StandardCharsets.UTF_8)), RANDOM);
        }
        String guard = "{\"ephemeral_key\":\"" + keys.getFirst().clientEphemeral().hex() + "\",\"enc_type\":\""
                + type.wireName() + "\"" + guardExtra + "}";
        return new Built(CombinedPayload.encode(layer, guard.getBytes(StandardCharsets.UTF_8)), keys);
    }

    /** A hop no devnet node has. */
    static OnionHop stranger() {
        return new OnionHop(Ed25519KeyPair.generate(RANDOM).publicKey(),
                X25519KeyPair.generate(RANDOM).publicKey());
    }
}
