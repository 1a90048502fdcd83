package org.swarmchat.app.config;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which Session network to talk to: its name (also the folder that keeps its data apart from other networks'),
 * and the seed URLs of SPEC §1.1 that bootstrap the node pool.
 *
 * @param name {@code devnet}, {@code mainnet}, {@code testnet}, or {@code custom-<host>-<port>} for a seed URL
 * @param seeds where the node list comes from
 * @param embeddedDevnet whether this is the local devnet that {@code swarmchat devnet} (or the app) runs
 */
public record NetworkChoice(String name, List<URI> seeds, boolean embeddedDevnet) {
    /** The port {@code swarmchat devnet} serves its seed on unless told otherwise. */
    public static final int DEVNET_SEED_PORT = 22023;

    /** Mainnet seeds: port 4443 carries the seeds' long-lived self-signed certificates. */
    static final List<URI> MAINNET_SEEDS = List.of(
            URI.create("https://seed1.getsession.org:4443"),
            URI.create("https://seed2.getsession.org:4443"),
            URI.create("https://seed3.getsession.org:4443"));

    /** The testnet seed the official desktop client uses (plain HTTP, as published). */
    static final List<URI> TESTNET_SEEDS = List.of(URI.create("http://seed2.getsession.org:38157"));

    /** Checks the fields and copies the list. */
    public NetworkChoice {
        Objects.requireNonNull(name, "name");
        seeds = List.copyOf(seeds);
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one seed");
        }
    }

    /** The local devnet on the default seed port. */
    public static NetworkChoice devnet() {
        return new NetworkChoice("devnet", List.of(URI.create("https://127.0.0.1:" + DEVNET_SEED_PORT)), true);
    }

    /**
     * Parses what {@code --network} accepts: {@code devnet}, {@code mainnet}, {@code testnet}, or a seed URL
     * ({@code https://host:port} or {@code http://host:port}).
     *
     * @throws IllegalArgumentException saying what is wrong with {@code text}
     */
    public static NetworkChoice parse(String text) {
        String value = text == null ? "" : text.strip();
        switch (value.toLowerCase(Locale.ROOT)) {
            case "devnet":
                return devnet();
            case "mainnet":
                return new NetworkChoice("mainnet", MAINNET_SEEDS, false);
            case "testnet":
                return new NetworkChoice("testnet", TESTNET_SEEDS, false);
            default:
                return custom(value);
        }
    }

    private static NetworkChoice custom(String value) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("--network is empty: give devnet, mainnet, testnet or a seed URL");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("--network '" + value + "' is neither devnet, mainnet, testnet nor a"
                    + " URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("--network '" + value + "' is neither devnet, mainnet, testnet nor an"
                    + " http(s) seed URL");
        }
        if (uri.getHost() == null || uri.getPort() < 0) {
            throw new IllegalArgumentException("--network '" + value + "' needs a host and a port, as in"
                    + " https://127.0.0.1:22023");
        }
        if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")) {
            throw new IllegalArgumentException("--network '" + value + "' must be a seed's base URL, without a path");
        }
        URI seed = URI.create(scheme + "://" + uri.getHost() + ":" + uri.getPort());
        boolean local = uri.getHost().equals("127.0.0.1") || uri.getHost().equals("localhost");
        String folder = "custom-" + uri.getHost().replaceAll("[^A-Za-z0-9.-]", "_") + "-" + uri.getPort();
        return new NetworkChoice(folder, List.of(seed), local);
    }
}
