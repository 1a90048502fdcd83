package org.swarmchat.crypto.request;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.InvalidSignatureException;

/**
 * The signatures that authorise storage RPC requests (SPEC §3.4). Each request type signs an exact ASCII
 * string made of the method name and its parameters; the {@code ...Text} methods build those strings, and
 * {@link #sign} signs one with the account's Ed25519 key. Timestamps and expiries are milliseconds, written in
 * decimal. The storage server rebuilds the same string from the parameters and checks it with
 * {@link #verify}. Stateless.
 */
public final class RequestSignatures {
    /** Base64 of a 64-byte signature with {@code ==} padding. */
    public static final int BASE64_LENGTH = 88;
    /** Base64 of a 64-byte signature without padding; the server accepts it as well. */
    public static final int BASE64_UNPADDED_LENGTH = 86;
    private static final String ALL_NAMESPACES = "all";

    private RequestSignatures() {
    }

    /** {@code "store" + namespace + sig_timestamp}; only namespaces not divisible by 10 require it. */
    public static String storeText(Namespace namespace, long sigTimestampMs) {
        return "store" + namespace.signingText() + sigTimestampMs;
    }

    /** {@code "retrieve" + namespace + timestamp}. */
    public static String retrieveText(Namespace namespace, long timestampMs) {
        return "retrieve" + namespace.signingText() + timestampMs;
    }

    /** {@code "delete" + hash0 + hash1 + …}, the hashes in request order. */
    public static String deleteText(List<String> hashes) {
        return "delete" + String.join("", hashes);
    }

    /** {@code "delete_all" + namespace + timestamp}, deleting one namespace. */
    public static String deleteAllText(Namespace namespace, long timestampMs) {
        return "delete_all" + namespace.signingText() + timestampMs;
    }

    /** {@code "delete_all" + "all" + timestamp}, deleting every namespace ({@code "namespace":"all"}). */
    public static String deleteAllNamespacesText(long timestampMs) {
        return "delete_all" + ALL_NAMESPACES + timestampMs;
    }

    /** {@code "delete_before" + namespace + before}. */
    public static String deleteBeforeText(Namespace namespace, long beforeMs) {
        return "delete_before" + namespace.signingText() + beforeMs;
    }

    /** {@code "delete_before" + "all" + before}, for every namespace. */
    public static String deleteBeforeAllNamespacesText(long beforeMs) {
        return "delete_before" + ALL_NAMESPACES + beforeMs;
    }

    /** {@code "expire" + mode + expiry + hash0 + hash1 + …}, one expiry for all the messages. */
    public static String expireText(ExpireMode mode, long expiryMs, List<String> hashes) {
        return "expire" + mode.signingText() + expiryMs + String.join("", hashes);
    }

    /**
     * {@code "expire" + mode + expiry0 + expiry1 + … + hash0 + hash1 + …}, one expiry per message (the
     * multi-expiry form, which needs a recent hard fork on the server).
     *
     * @throws IllegalArgumentException if the two lists differ in length
     */
    public static String expireText(ExpireMode mode, List<Long> expiriesMs, List<String> hashes) {
        if (expiriesMs.size() != hashes.size()) {
            throw new IllegalArgumentException(
                    expiriesMs.size() + " expiries for " + hashes.size() + " messages; need one each");
        }
        StringBuilder s = new StringBuilder("expire").append(mode.signingText());
        expiriesMs.forEach(s::append);
        hashes.forEach(s::append);
        return s.toString();
    }

    /** {@code "expire_all" + namespace + expiry}. */
    public static String expireAllText(Namespace namespace, long expiryMs) {
        return "expire_all" + namespace.signingText() + expiryMs;
    }

    /** {@code "expire_all" + "all" + expiry}, for every namespace. */
    public static String expireAllNamespacesText(long expiryMs) {
        return "expire_all" + ALL_NAMESPACES + expiryMs;
    }

    /** {@code "get_expiries" + timestamp + hash0 + hash1 + …}. */
    public static String getExpiriesText(long timestampMs, List<String> hashes) {
        return "get_expiries" + timestampMs + String.join("", hashes);
    }

    /**
     * Signs {@code signedText} (as UTF-8; the strings are ASCII) with the account's Ed25519 key.
     *
     * @return the 64-byte signature in padded base64, 88 characters, for the {@code signature} parameter
     */
    public static String sign(Ed25519KeyPair account, String signedText) {
        return Base64.getEncoder().encodeToString(account.sign(signedText.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Checks a request's {@code signature} parameter against the string the server rebuilt, as the storage
     * server does: base64 of 88 characters (padded) or 86 (unpadded).
     *
     * @throws InvalidSignatureException if the signature is not base64 of 64 bytes in one of those lengths, or
     *     does not verify with {@code key}
     */
    public static void verify(Ed25519PublicKey key, String signedText, String base64Signature)
            throws InvalidSignatureException {
        if (base64Signature == null) {
            throw new InvalidSignatureException("signature is missing");
        }
        int length = base64Signature.length();
        if (length != BASE64_LENGTH && length != BASE64_UNPADDED_LENGTH) {
            throw new InvalidSignatureException("signature must be " + BASE64_LENGTH + " or "
                    + BASE64_UNPADDED_LENGTH + " base64 characters, got " + length);
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(base64Signature);
        } catch (IllegalArgumentException e) {
            throw new InvalidSignatureException("signature is not base64: " + e.getMessage());
        }
        if (signature.length != Ed25519KeyPair.SIGNATURE_LENGTH
                || !key.verify(signature, signedText.getBytes(StandardCharsets.UTF_8))) {
            throw new InvalidSignatureException("signature does not verify for " + key.hex());
        }
    }
}
