package org.swarmchat.devnet.node;

import java.util.List;
import java.util.Optional;

/** The parsing steps several methods share, with the storage server's error texts. */
final class ParseSupport {
    private ParseSupport() {
    }

    /** The {@code pubkey} member (or its alias {@code pubKey}): exactly one of them must be given. */
    static Optional<String> pubkeyOrAlias(Optional<String> pubkey, Optional<String> pubKey) {
        if (pubkey.isPresent() && pubKey.isPresent()) {
            throw new RpcParseException("Cannot specify both 'pubkey' and 'pubKey'");
        }
        if (pubkey.isEmpty() && pubKey.isEmpty()) {
            throw Params.missing("pubkey");
        }
        return pubkey.isPresent() ? pubkey : pubKey;
    }

    /** A required, well-formed 66-hex pubkey. */
    static UserPubkey loadPubkey(Optional<String> text) {
        String pk = text.orElseThrow(() -> Params.missing("pubkey"));
        return UserPubkey.parse(pk)
                .orElseThrow(() -> new RpcParseException("Pubkey must be 66 hex digits (33 bytes) long"));
    }

    /** Subaccount tokens are for groups; the devnet refuses them rather than pretend to check them. */
    static void noSubaccount(Optional<String> subaccount) {
        if (subaccount.isPresent() && !subaccount.get().isEmpty()) {
            throw new RpcParseException("invalid subaccount: subaccount authentication is not supported by the devnet");
        }
    }

    /** A non-empty list of well-formed message hashes. */
    static List<String> messageHashes(Optional<List<String>> messages) {
        List<String> hashes = nonEmptyHashes(messages);
        for (String m : hashes) {
            if (!MessageHash.isValid(m)) {
                throw new RpcParseException("invalid message hash: " + m);
            }
        }
        return hashes;
    }

    /** A non-empty list of hashes, not checked further ({@code get_expiries}). */
    static List<String> nonEmptyHashes(Optional<List<String>> messages) {
        List<String> hashes = messages.orElseThrow(() -> Params.missing("messages"));
        if (hashes.isEmpty()) {
            throw new RpcParseException("messages does not contain any message hashes");
        }
        return hashes;
    }

    /** The concatenation of the strings. */
    static String concat(List<String> parts) {
        return String.join("", parts);
    }
}
