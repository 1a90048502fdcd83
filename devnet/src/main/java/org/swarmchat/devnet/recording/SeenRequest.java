package org.swarmchat.devnet.recording;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.swarmchat.crypto.Ed25519PublicKey;

/**
 * One request as the node that handled it saw it: where it came from and what the node could read of it. A relay
 * learns the next hop and nothing else; the destination of an onion request, or a node asked directly, reads the
 * storage request itself.
 *
 * @param role what the node was for this request
 * @param remoteAddress the IP address of the TCP peer
 * @param previousHop the node that relayed the request here; empty if a client connected directly
 * @param nextHop the node the request was relayed to (a {@link Role#RELAY} only)
 * @param storageRequest the storage RPC body as text (a {@link Role#DESTINATION} or {@link Role#DIRECT} only)
 * @param pubkeys every {@code pubkey} the storage request names, batches included
 * @param messageData every {@code data} the storage request carries (base64, as sent)
 */
public record SeenRequest(Role role, String remoteAddress, Optional<Ed25519PublicKey> previousHop,
        Optional<Ed25519PublicKey> nextHop, Optional<String> storageRequest, Set<String> pubkeys,
        List<String> messageData) {
    /** What a node was for one request. */
    public enum Role {
        /** It peeled an onion layer and passed the rest on to the next hop. */
        RELAY,
        /** It peeled the last onion layer and ran the storage request inside. */
        DESTINATION,
        /** A client sent it the storage request directly, on {@code /storage_rpc/v1}. */
        DIRECT,
        /** It could not open or parse the onion layer (it answered an error). */
        UNREADABLE
    }

    /** Checks and copies the members. */
    public SeenRequest {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(remoteAddress, "remoteAddress");
        Objects.requireNonNull(previousHop, "previousHop");
        Objects.requireNonNull(nextHop, "nextHop");
        Objects.requireNonNull(storageRequest, "storageRequest");
        pubkeys = Set.copyOf(pubkeys);
        messageData = List.copyOf(messageData);
    }

    /** A relayed onion layer. */
    public static SeenRequest relay(String remoteAddress, Optional<Ed25519PublicKey> previousHop,
            Ed25519PublicKey nextHop) {
        return new SeenRequest(Role.RELAY, remoteAddress, previousHop, Optional.of(nextHop), Optional.empty(),
                Set.of(), List.of());
    }

    /** An onion layer that did not open. */
    public static SeenRequest unreadable(String remoteAddress, Optional<Ed25519PublicKey> previousHop) {
        return new SeenRequest(Role.UNREADABLE, remoteAddress, previousHop, Optional.empty(), Optional.empty(),
                Set.of(), List.of());
    }

    /**
     * A storage request the node read: at the end of an onion path ({@link Role#DESTINATION}) or sent directly
     * ({@link Role#DIRECT}).
     */
    public static SeenRequest storage(Role role, String remoteAddress, Optional<Ed25519PublicKey> previousHop,
            byte[] body) {
        StorageRequestContent content = StorageRequestContent.of(body);
        return new SeenRequest(role, remoteAddress, previousHop, Optional.empty(), Optional.of(content.text()),
                content.pubkeys(), content.data());
    }

    /** Whether the node could read {@code text} anywhere in what it saw (a pubkey, message data or the request). */
    public boolean reveals(String text) {
        return pubkeys.contains(text) || messageData.contains(text)
                || storageRequest.map(r -> r.contains(text)).orElse(false);
    }

    /** Whether the TCP peer was a client rather than another node. */
    public boolean fromClient() {
        return previousHop.isEmpty();
    }
}
