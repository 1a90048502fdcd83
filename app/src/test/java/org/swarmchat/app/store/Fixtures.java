package org.swarmchat.app.store;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Random;
import org.swarmchat.crypto.AccountId;

/** Shared test data: account ids, cheap key-derivation parameters, messages. */
final class Fixtures {
    /** The cheapest Argon2id cost the key file accepts, so that password tests stay quick. */
    static final KeyFile.KdfParams CHEAP = new KeyFile.KdfParams(8 * 1024, 1, 1);

    private static final Random RANDOM = new Random(7);

    private Fixtures() {
    }

    static AccountId account() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return AccountId.parse("05" + HexFormat.of().formatHex(key));
    }

    static Store open(Path dir) {
        return Store.open(dir, Optional.empty(), CHEAP);
    }

    static Store open(Path dir, String password) {
        return Store.open(dir, Optional.of(password.toCharArray()), CHEAP);
    }

    static IncomingMessage incoming(AccountId from, String hash, String text, long sentAt) {
        return new IncomingMessage(from, hash, text, sentAt, sentAt + 5, sentAt + 86_400_000L);
    }
}
