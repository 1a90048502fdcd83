package org.swarmchat.devnet.node;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.KeyConversion;
import org.swarmchat.crypto.X25519PublicKey;

/**
 * The signature members of a request ({@code signature}, {@code pubkey_ed25519}) and the server side of SPEC §3.4's
 * signing rules, written independently of the client's: for an 05 pubkey with {@code pubkey_ed25519} the Ed25519
 * key must convert to the account's X25519 key and verifies; otherwise the 32 pubkey bytes are the verification
 * key (03 groups).
 *
 * @param signature the 64-byte signature
 * @param pubkeyEd25519 the 32-byte Ed25519 key given with an 05 pubkey, or null
 */
record RequestAuth(byte[] signature, byte[] pubkeyEd25519) {
    private static final int SIGNATURE_LENGTH = 64;
    private static final int CONVERSIONS_KEPT = 4096;
    /**
     * Ed25519 to X25519 conversions already made. The conversion validates the point with a scalar multiplication,
     * as costly as the signature check itself, and clients sign every request with the same key. A memo of a pure
     * function, so sharing it between nodes changes no behaviour; emptied when full.
     */
    private static final Map<Ed25519PublicKey, Optional<X25519PublicKey>> CONVERSIONS = new ConcurrentHashMap<>();

    /**
     * Parses the members for {@code pubkey} as {@code load_pk_signature} does. The signature is required.
     *
     * @throws RpcParseException on a missing or malformed member
     */
    static RequestAuth parse(UserPubkey pubkey, Optional<String> pubkeyEd25519, Optional<String> signature) {
        String sig = signature.orElseThrow(() -> Params.missing("signature"));
        byte[] ed = null;
        if (pubkeyEd25519.isPresent()) {
            if (pubkey.type() != 0x05) {
                throw new RpcParseException("pubkey_ed25519 is only permitted for 05[...] pubkeys");
            }
            String text = pubkeyEd25519.get();
            if (text.length() == 64) {
                ed = hex(text);
            } else if (text.length() == 32) {
                ed = text.getBytes(StandardCharsets.ISO_8859_1); // the raw-bytes form bt-encoded requests use
            } else {
                throw new RpcParseException("Invalid pubkey_ed25519: expected 64 hex char or 32 byte pubkey");
            }
        }
        return new RequestAuth(decodeSignature(sig), ed);
    }

    /** Whether the signature over {@code signedText} (ASCII) is good for {@code pubkey}. */
    boolean verify(UserPubkey pubkey, String signedText) {
        byte[] message = signedText.getBytes(StandardCharsets.UTF_8);
        byte[] key;
        if (pubkey.type() == 0x05 && pubkeyEd25519 != null) {
            Ed25519PublicKey ed = Ed25519PublicKey.of(pubkeyEd25519);
            Optional<X25519PublicKey> x = convert(ed);
            if (x.isEmpty() || !Arrays.equals(x.get().bytes(), pubkey.key())) {
                return false;
            }
            key = pubkeyEd25519;
        } else {
            key = pubkey.key();
        }
        return Ed25519PublicKey.of(key).verify(signature, message);
    }

    private static Optional<X25519PublicKey> convert(Ed25519PublicKey ed) {
        Optional<X25519PublicKey> known = CONVERSIONS.get(ed);
        if (known != null) {
            return known;
        }
        if (CONVERSIONS.size() >= CONVERSIONS_KEPT) {
            CONVERSIONS.clear();
        }
        Optional<X25519PublicKey> x = KeyConversion.toX25519(ed);
        CONVERSIONS.put(ed, x);
        return x;
    }

    private static byte[] decodeSignature(String sig) {
        boolean shape = sig.length() == 86 || (sig.length() == 88 && sig.endsWith("=="));
        byte[] decoded = shape ? Base64Text.decode(sig) : null;
        if (decoded == null || decoded.length != SIGNATURE_LENGTH) {
            throw new RpcParseException("invalid signature: expected base64 encoded Ed25519 signature");
        }
        return decoded;
    }

    private static byte[] hex(String text) {
        byte[] out = new byte[text.length() / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = UserPubkey.hexValue(text.charAt(2 * i));
            int lo = UserPubkey.hexValue(text.charAt(2 * i + 1));
            if (hi < 0 || lo < 0) {
                throw new RpcParseException("invalid pubkey_ed25519: value is not hex");
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }

    /** Base64 as oxenc reads it: standard alphabet, padding optional but never wrong. */
    static final class Base64Text {
        private Base64Text() {
        }

        /** The bytes, or null if {@code text} is not base64. */
        static byte[] decode(String text) {
            if (text.length() % 4 == 1) {
                return null;
            }
            try {
                return Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        /** Padded standard base64, as the server writes data and signatures. */
        static String encode(byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
    }
}
