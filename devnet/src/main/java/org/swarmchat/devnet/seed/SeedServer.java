package org.swarmchat.devnet.seed;

import java.io.IOException;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import org.swarmchat.devnet.http.HttpsListener;
import org.swarmchat.devnet.http.Routes;

/**
 * The devnet's seed: a small HTTPS server of its own on {@code https://127.0.0.1:P}, as mainnet's seeds are
 * oxend endpoints apart from the storage nodes (SPEC §1.1). It serves {@code POST /json_rpc} and {@code GET /info};
 * everything else is 404. Thread-safe.
 */
public final class SeedServer implements AutoCloseable {
    private final HttpsListener listener;

    /**
     * A seed that is not yet listening.
     *
     * @param port the port; 0 lets the system pick
     * @param ssl its TLS context (a self-signed certificate)
     * @param executor runs the handlers
     * @param oxend answers {@code /json_rpc}
     * @param info answers {@code /info}
     */
    public SeedServer(int port, SSLContext ssl, Executor executor, OxendRpc oxend, NetworkInfo info) {
        Routes routes = new Routes()
                .add("POST", "/json_rpc", oxend::handle)
                .add("GET", "/info", info::handle);
        this.listener = new HttpsListener("seed", port, ssl, executor, routes, null);
    }

    /**
     * Starts listening.
     *
     * @throws IOException if the port cannot be bound
     */
    public void start() throws IOException {
        listener.start();
    }

    /** The port it listens on. */
    public int port() {
        return listener.port();
    }

    /** {@code https://127.0.0.1:port}. */
    public String url() {
        return "https://127.0.0.1:" + port();
    }

    /** Stops listening. */
    @Override
    public void close() {
        listener.stop();
    }
}
