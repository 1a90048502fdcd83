package org.swarmchat.swarm.exec;

import java.util.Objects;
import java.util.Set;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.swarm.api.MalformedResponseException;

/**
 * A {@code batch} body and where it should go: what the routing layer takes.
 *
 * @param target where
 * @param body the batch JSON, UTF-8
 * @param check judges the content of a successful reply, so that a lying node is passed over like a failing one
 */
public record RoutedCall(Target target, byte[] body, ReplyCheck check) {
    /** Checks the members. */
    public RoutedCall {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(check, "check");
    }

    /** A call whose successful replies are taken as they are. */
    public RoutedCall(Target target, byte[] body) {
        this(target, body, ReplyCheck.NONE);
    }

    /** Judges what a node answered with status 200, beyond the batch envelope. */
    @FunctionalInterface
    public interface ReplyCheck {
        /** Takes every reply. */
        ReplyCheck NONE = reply -> Set.of();

        /**
         * Checks {@code reply}.
         *
         * @return other nodes the reply reports on whose part an honest node would not have reported (a store
         *     confirmation with a bad signature): each may be lying, or the node that answered may have
         *     altered their part
         * @throws MalformedResponseException if the node that answered sent what an honest node never sends
         */
        Set<Ed25519PublicKey> check(BatchReply reply) throws MalformedResponseException;
    }
}
