package org.swarmchat.app.config;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * The desktop app's own settings, shared by every profile and network of a data folder: which network to join when
 * the command line names none, and whether new messages show notifications.
 *
 * @param network {@code devnet}, {@code mainnet}, {@code testnet} or a seed URL, as {@link NetworkChoice#parse} reads
 * @param notifications whether a new message shows a notification
 */
public record AppSettings(String network, boolean notifications) {
    /** Checks the network: a saved one that no longer parses would otherwise fail only at the next start. */
    public AppSettings {
        Objects.requireNonNull(network, "network");
        NetworkChoice.parse(network);
    }

    /** What a data folder without a settings file gets: the devnet, notifications on. */
    public static AppSettings defaults() {
        return new AppSettings("devnet", true);
    }

    /** The network these settings name. */
    public NetworkChoice networkChoice() {
        return NetworkChoice.parse(network);
    }

    /** These settings with {@code choice} as the network. */
    public AppSettings withNetwork(NetworkChoice choice) {
        return new AppSettings(textOf(choice), notifications);
    }

    /** These settings with notifications on or off. */
    public AppSettings withNotifications(boolean on) {
        return new AppSettings(network, on);
    }

    /**
     * A seed URL typed in settings as a network: unlike {@code --network}, only {@code https} (a seed answers over
     * TLS; plain http would let anyone on the way swap the node list).
     *
     * @throws IllegalArgumentException saying, for a person, what is wrong with {@code text}
     */
    public static NetworkChoice customSeed(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("Enter the seed's URL, as in https://seed.example.org:4443.");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("That is not a URL: " + e.getReason() + ".");
        }
        if (uri.getScheme() == null || !uri.getScheme().toLowerCase(Locale.ROOT).equals("https")) {
            throw new IllegalArgumentException("The seed URL must start with https://.");
        }
        if (uri.getHost() == null || uri.getPort() < 0) {
            throw new IllegalArgumentException("The seed URL needs a host and a port, as in"
                    + " https://seed.example.org:4443.");
        }
        if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")
                || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("Give only the seed's address, without a path, as in"
                    + " https://seed.example.org:4443.");
        }
        return NetworkChoice.parse(value);
    }

    /** The text that {@link NetworkChoice#parse} turns back into {@code choice}. */
    static String textOf(NetworkChoice choice) {
        return switch (choice.name()) {
            case "devnet", "mainnet", "testnet" -> choice.name();
            default -> choice.seeds().getFirst().toString();
        };
    }
}
