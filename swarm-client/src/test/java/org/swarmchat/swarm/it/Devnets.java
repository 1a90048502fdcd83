package org.swarmchat.swarm.it;

import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.devnet.DevnetNode;
import org.swarmchat.devnet.LocalDevnet;
import org.swarmchat.swarm.SwarmClientConfig;

/** Shared set-up of the devnet integration tests: short timeouts so that failures show quickly. */
final class Devnets {
    /** What any test waits for one operation at most; every client call has its own, shorter deadline too. */
    static final Duration WAIT = Duration.ofSeconds(40);
    private static final SecureRandom RANDOM = new SecureRandom();

    private Devnets() {
    }

    static LocalDevnet start(int nodes) throws IOException {
        return LocalDevnet.builder().nodes(nodes).start();
    }

    /** A client configuration for {@code devnet} with test-sized timeouts. */
    static SwarmClientConfig.Builder config(LocalDevnet devnet, boolean onion) {
        return SwarmClientConfig.builder()
                .seed(URI.create(devnet.seedUrl()))
                .onion(onion)
                .requestTimeout(Duration.ofSeconds(25))
                .attemptTimeout(Duration.ofSeconds(6))
                .connectTimeout(Duration.ofSeconds(3))
                .seedTimeout(Duration.ofSeconds(5))
                .guardTestTimeout(Duration.ofSeconds(5))
                .backoff(Duration.ofMillis(50), Duration.ofMillis(500))
                .pollInterval(Duration.ofMillis(300))
                .pollTimeout(Duration.ofSeconds(10))
                .pollMaxBackoff(Duration.ofSeconds(2));
    }

    static Ed25519KeyPair newAccount() {
        return Ed25519KeyPair.generate(RANDOM);
    }

    static <T> T await(CompletableFuture<T> future) throws Exception {
        try {
            return future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new AssertionError("the call did not finish within " + WAIT + " although it has a deadline", e);
        }
    }

    static String describe(DevnetNode node) {
        return node.ed25519().hex().substring(0, 8) + "@" + node.port();
    }

    static AccountId id(Ed25519KeyPair account) {
        return AccountId.of(account);
    }
}
