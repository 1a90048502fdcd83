package org.swarmchat.crypto;

import java.util.Locale;

/**
 * A Session Account ID: {@code "05"} followed by the 64 hex characters of the account's X25519 public key.
 * Always held in lower case.
 */
public final class AccountId implements Comparable<AccountId> {
    public static final String PREFIX = "05";
    public static final int LENGTH = 66;

    private final String value;
    private final X25519PublicKey publicKey;

    private AccountId(String value, X25519PublicKey publicKey) {
        this.value = value;
        this.publicKey = publicKey;
    }

    /**
     * Parses an Account ID, ignoring surrounding white space and case.
     *
     * @throws InvalidAccountIdException saying what is wrong: empty, the length, the prefix, or the first
     *     character that is not hex
     */
    public static AccountId parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidAccountIdException("Account ID is empty");
        }
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.length() != LENGTH) {
            throw new InvalidAccountIdException(
                    "Account ID must be " + LENGTH + " characters (05 + 64 hex), got " + s.length());
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                throw new InvalidAccountIdException(
                        "Account ID has a non-hex character '" + c + "' at position " + (i + 1));
            }
        }
        if (!s.startsWith(PREFIX)) {
            throw new InvalidAccountIdException(
                    "Account ID must start with 05, got " + s.substring(0, 2)
                            + (s.startsWith("15") || s.startsWith("25") ? " (a blinded community ID)"
                            : s.startsWith("03") ? " (a group ID)" : ""));
        }
        return new AccountId(s, X25519PublicKey.of(HexCodec.decode(s.substring(2), "Account ID")));
    }

    /** The Account ID of an X25519 public key. */
    public static AccountId of(X25519PublicKey key) {
        return new AccountId(PREFIX + key.hex(), key);
    }

    /**
     * The Account ID of the account whose signing key pair this is. Converts the public key (as libsodium's
     * {@code crypto_sign_ed25519_pk_to_curve25519}) rather than the secret key: it gives the same key, and spares a
     * command such as {@code swarmchat id} the one-time X25519 table set-up of Bouncy Castle.
     */
    public static AccountId of(Ed25519KeyPair account) {
        return of(KeyConversion.toX25519(account.publicKey()).orElseThrow(
                () -> new IllegalStateException("an Ed25519 key pair's public key is always a valid point")));
    }

    /** Whether {@code text} parses as an Account ID. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidAccountIdException e) {
            return false;
        }
    }

    public X25519PublicKey publicKey() {
        return publicKey;
    }

    /** The 66 lower-case hex characters. */
    public String hex() {
        return value;
    }

    /** 33 bytes: the 0x05 prefix byte and the key. */
    public byte[] bytes() {
        byte[] out = new byte[33];
        out[0] = 0x05;
        System.arraycopy(publicKey.unsafeBytes(), 0, out, 1, 32);
        return out;
    }

    /** A short form for people: the first and last four key characters, as Session shows it. */
    public String shortForm() {
        return value.substring(0, 6) + "…" + value.substring(LENGTH - 4);
    }

    @Override
    public int compareTo(AccountId o) {
        return value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccountId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
