package org.swarmchat.app.cli;

import java.util.Objects;
import java.util.Optional;
import org.swarmchat.swarm.netinfo.NetworkInfo;

/**
 * What {@code swarmchat network} learned of the token figures: the source's answer, or why there is none.
 * Exactly one of the two is present.
 *
 * @param info the figures as the source stated them
 * @param error why there are none: the source failed, did not answer in time, or the network has none for us
 */
record TokenFiguresResult(Optional<NetworkInfo> info, Optional<String> error) {
    TokenFiguresResult {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(error, "error");
        if (info.isPresent() == error.isPresent()) {
            throw new IllegalArgumentException("either figures or an error, not both or neither");
        }
    }

    static TokenFiguresResult of(NetworkInfo info) {
        return new TokenFiguresResult(Optional.of(info), Optional.empty());
    }

    static TokenFiguresResult failed(String reason) {
        return new TokenFiguresResult(Optional.empty(), Optional.of(reason));
    }
}
