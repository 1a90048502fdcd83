package org.swarmchat.swarm.exec;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.swarmchat.crypto.Ed25519PublicKey;

/**
 * The plain-text errors a hop answers before the destination was reached (SPEC §4.5, §4.7), parsed into what
 * the failure model needs: which node, if any, the error names, and whether that node is gone or just busy.
 *
 * @param status the HTTP status the guard answered
 * @param text the body
 * @param kind what the text says
 * @param node the node it names, if it names one
 */
record RelayError(int status, String text, Kind kind, Optional<Ed25519PublicKey> node) {
    private static final Pattern NAMED = Pattern.compile(
            "(Next node not found|Next node is currently unreachable|Snode not ready): ?([0-9a-fA-F]{64})");

    enum Kind {
        /** "Next node not found" / "…currently unreachable": that node is gone. */
        NODE_UNREACHABLE,
        /** "Snode not ready: pk": that node is syncing. */
        NODE_NOT_READY,
        /** "Service node is not ready" / "Server busy": the guard itself. */
        GUARD_NOT_READY,
        /** 504 "Request time out": the path timed out. */
        TIMEOUT,
        /** Anything else ("Invalid ciphertext", "Invalid response from snode", …): the path. */
        PATH
    }

    static RelayError parse(int status, String body) {
        String text = body == null ? "" : body.strip();
        Matcher m = NAMED.matcher(text);
        if (m.find()) {
            Optional<Ed25519PublicKey> node = Optional.of(Ed25519PublicKey.fromHex(m.group(2).toLowerCase()));
            Kind kind = m.group(1).startsWith("Snode not ready") ? Kind.NODE_NOT_READY : Kind.NODE_UNREACHABLE;
            return new RelayError(status, text, kind, node);
        }
        if (status == 503) {
            return new RelayError(status, text, Kind.GUARD_NOT_READY, Optional.empty());
        }
        if (status == 504) {
            return new RelayError(status, text, Kind.TIMEOUT, Optional.empty());
        }
        return new RelayError(status, text, Kind.PATH, Optional.empty());
    }

    /** {@code "502 Next node not found: …"}, shortened for messages. */
    String describe() {
        String shown = text.length() > 160 ? text.substring(0, 160) + "…" : text;
        return status + (shown.isEmpty() ? "" : " " + shown.replaceAll("[^\\x20-\\x7e]", "?"));
    }
}
