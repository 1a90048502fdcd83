package org.swarmchat.app.cli;

import java.util.Arrays;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.HexCodec;
import org.swarmchat.crypto.keys.InvalidRecoveryPasswordException;
import org.swarmchat.crypto.keys.RecoveryPassword;

/** Turns the seed forms people and scripts pass on the command line into an account key pair. */
final class SeedArguments {
    private SeedArguments() {
    }

    /**
     * A hex seed: 32 characters are a Session recovery seed (16 bytes, padded with zeros as Session does), 64 are
     * a whole Ed25519 seed.
     */
    static Ed25519KeyPair fromHex(String option, String hex) {
        return Ed25519KeyPair.fromSeed(ed25519SeedFromHex(option, hex));
    }

    /** The 32-byte Ed25519 seed of a hex seed argument (see {@link #fromHex}). */
    static byte[] ed25519SeedFromHex(String option, String hex) {
        String s = hex.strip();
        if (s.length() != 32 && s.length() != 64) {
            throw new UserInputException(option + " must be 32 hex characters (a 16-byte Session seed) or 64 (an"
                    + " Ed25519 seed), got " + s.length());
        }
        byte[] bytes;
        try {
            bytes = HexCodec.decode(s, option);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        return bytes.length == 16 ? Arrays.copyOf(bytes, 32) : bytes;
    }

    /** The 32-byte Ed25519 seed of a 13-word recovery password: its 16 bytes padded with zeros, as Session does. */
    static byte[] ed25519SeedFromRecoveryPassword(String words) {
        try {
            return Arrays.copyOf(RecoveryPassword.decodeAccountSeed(words), 32);
        } catch (InvalidRecoveryPasswordException e) {
            throw new UserInputException("recovery password: " + e.getMessage(), e);
        }
    }
}
