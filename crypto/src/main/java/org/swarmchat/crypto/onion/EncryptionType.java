package org.swarmchat.crypto.onion;

/**
 * The symmetric cipher of one onion layer (SPEC §4.2), named on the wire by the {@code enc_type} JSON member.
 * A layer without {@code enc_type} is {@link #AES_GCM}.
 */
public enum EncryptionType {
    /** AES-256-GCM with key HMAC-SHA256("LOKI", X25519(a, B)); the default, and the only one desktop sends. */
    AES_GCM("aes-gcm"),
    /** XChaCha20-Poly1305-IETF with key BLAKE2b-256(X25519(a, B) || A || B). */
    XCHACHA20("xchacha20");

    private final String wireName;

    EncryptionType(String wireName) {
        this.wireName = wireName;
    }

    /**
     * Parses an {@code enc_type} value as the storage server does: {@code "aes-gcm"} or {@code "gcm"}, and
     * {@code "xchacha20"} or {@code "xchacha20-poly1305"}, exactly (case matters, as it does for the server).
     *
     * @throws MalformedOnionException for {@code "aes-cbc"}/{@code "cbc"} (a legacy type only old servers
     *     accept; Swarmchat neither sends nor accepts it) and for anything else
     */
    public static EncryptionType parse(String encType) throws MalformedOnionException {
        if (encType == null) {
            throw new MalformedOnionException("enc_type is missing");
        }
        return switch (encType) {
            case "aes-gcm", "gcm" -> AES_GCM;
            case "xchacha20", "xchacha20-poly1305" -> XCHACHA20;
            case "aes-cbc", "cbc" -> throw new MalformedOnionException(
                    "enc_type '" + encType + "' (legacy AES-CBC without a MAC) is not supported");
            default -> throw new MalformedOnionException("unknown enc_type '" + encType + "'");
        };
    }

    /** The name this type is sent as in {@code enc_type}: {@code "aes-gcm"} or {@code "xchacha20"}. */
    public String wireName() {
        return wireName;
    }
}
