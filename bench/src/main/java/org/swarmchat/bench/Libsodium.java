package org.swarmchat.bench;

import com.goterl.lazysodium.LazySodiumJava;
import com.goterl.lazysodium.SodiumJava;

/** libsodium through lazysodium, loaded once: the reference the benchmarks compare Bouncy Castle with. */
final class Libsodium {
    static final LazySodiumJava SODIUM = new LazySodiumJava(new SodiumJava());

    private Libsodium() {
    }

    static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("libsodium " + what + " failed");
        }
    }
}
