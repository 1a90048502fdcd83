package org.swarmchat.devnet.node;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.swarmchat.devnet.store.Namespaces;

/**
 * The message hash of SPEC §3.5: unpadded base64 of BLAKE2b-256 over the pubkey's type byte, its 32 key bytes, the
 * namespace text (empty for 0) and the raw data. 43 characters.
 */
final class MessageHash {
    private MessageHash() {
    }

    static String of(UserPubkey owner, int namespace, byte[] data) {
        Blake2bDigest blake = new Blake2bDigest(256);
        byte[] pubkey = owner.bytes();
        blake.update(pubkey, 0, pubkey.length);
        byte[] ns = Namespaces.signatureText(namespace).getBytes(StandardCharsets.US_ASCII);
        blake.update(ns, 0, ns.length);
        blake.update(data, 0, data.length);
        byte[] digest = new byte[32];
        blake.doFinal(digest, 0);
        return Base64.getEncoder().withoutPadding().encodeToString(digest);
    }

    /** Whether {@code text} looks like a message hash: 43 base64 characters. */
    static boolean isValid(String text) {
        if (text.length() != 43) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
                    || c == '/';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
