package org.swarmchat.devnet.echo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import org.bouncycastle.util.encoders.Hex;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.HexCodec;
import org.swarmchat.crypto.keys.RecoveryPassword;

/**
 * The echo contact's account: a 16-byte Session seed (SPEC §5.1), so that it is an ordinary account whose recovery
 * password could be entered into any client. A devnet with a data directory keeps the seed in {@code echo/seed}
 * (32 hex characters), made at random on the first start; a devnet without one uses {@link #WELL_KNOWN_SEED}, so
 * that its echo contact has the same Account ID every time. The seed guards nothing but a test account, so it is
 * written in clear, as the nodes' seeds are.
 */
final class EchoIdentity {
    /** The seed of the echo contact of every devnet without a data directory. */
    static final String WELL_KNOWN_SEED = "ec40ec40ec40ec40ec40ec40ec40ec40";
    static final String FILE = "seed";

    private EchoIdentity() {
    }

    /** The key pair of {@link #WELL_KNOWN_SEED}. */
    static Ed25519KeyPair wellKnown() {
        return RecoveryPassword.keyPairOf(HexCodec.decode(WELL_KNOWN_SEED, RecoveryPassword.SEED_LENGTH, "seed"));
    }

    /**
     * The key pair whose seed is kept in {@code dir}, made and saved first if there is none.
     *
     * @throws IOException if the file cannot be read or written, or does not hold a seed (it is then left as it
     *     is: a damaged identity is for a person to look at, not to overwrite)
     */
    static Ed25519KeyPair inDirectory(Path dir, SecureRandom random) throws IOException {
        Path file = dir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
            try {
                return RecoveryPassword.keyPairOf(HexCodec.decode(text, RecoveryPassword.SEED_LENGTH, "seed"));
            } catch (IllegalArgumentException e) {
                throw new IOException("the echo contact's seed in " + file + " is damaged: " + e.getMessage(), e);
            }
        }
        byte[] seed = RecoveryPassword.newSeed(random);
        Files.createDirectories(dir);
        Path tmp = dir.resolve(FILE + ".tmp");
        Files.writeString(tmp, Hex.toHexString(seed) + "\n", StandardCharsets.US_ASCII);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return RecoveryPassword.keyPairOf(seed);
    }
}
