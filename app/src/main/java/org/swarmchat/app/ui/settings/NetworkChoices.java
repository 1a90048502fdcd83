package org.swarmchat.app.ui.settings;

import org.swarmchat.app.config.AppSettings;
import org.swarmchat.app.config.NetworkChoice;

/** Between the page's network options and {@link NetworkChoice}, and the words for each network. */
final class NetworkChoices {
    private NetworkChoices() {
    }

    /**
     * The network of {@code option}; for {@link NetworkOption#CUSTOM}, of the typed {@code seedUrl}.
     *
     * @throws IllegalArgumentException saying what is wrong with {@code seedUrl}
     */
    static NetworkChoice choiceOf(NetworkOption option, String seedUrl) {
        return switch (option) {
            case DEVNET -> NetworkChoice.devnet();
            case MAINNET -> NetworkChoice.parse("mainnet");
            case CUSTOM -> AppSettings.customSeed(seedUrl);
        };
    }

    /** The option that shows {@code choice}. */
    static NetworkOption optionOf(NetworkChoice choice) {
        return switch (choice.name()) {
            case "devnet" -> NetworkOption.DEVNET;
            case "mainnet" -> NetworkOption.MAINNET;
            default -> NetworkOption.CUSTOM;
        };
    }

    /** {@code choice} in words, to follow "uses" or "will use". */
    static String describe(NetworkChoice choice) {
        return switch (choice.name()) {
            case "devnet" -> "the local devnet";
            case "mainnet" -> "the Session mainnet";
            case "testnet" -> "the Session testnet";
            default -> "the network of " + choice.seeds().getFirst();
        };
    }
}
