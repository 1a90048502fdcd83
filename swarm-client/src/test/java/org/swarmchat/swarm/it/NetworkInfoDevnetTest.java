package org.swarmchat.swarm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.swarmchat.devnet.DevnetNode;
import org.swarmchat.devnet.LocalDevnet;
import org.swarmchat.swarm.api.MalformedResponseException;
import org.swarmchat.swarm.api.SwarmException;
import org.swarmchat.swarm.netinfo.NetworkInfo;
import org.swarmchat.swarm.netinfo.NetworkInfoClient;

/**
 * {@link NetworkInfoClient} against a real devnet: the seed's {@code GET /info} parsed into exactly the figures the
 * devnet's own {@link org.swarmchat.devnet.seed.NetworkInfo} states, and a garbling or stopped node turned into a
 * clear error.
 */
class NetworkInfoDevnetTest {
    private static LocalDevnet devnet;

    @BeforeAll
    static void startDevnet() throws Exception {
        devnet = SharedDevnet.get();
    }

    @AfterEach
    void heal() throws Exception {
        SharedDevnet.heal();
    }

    @Test
    void theSeedStatesTheDevnetsOwnFiguresAndSaysTheyAreDevnetFigures() throws Exception {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        NetworkInfo info = Devnets.await(client(devnet.seedUrl()).fetch());
        JsonNode expected = new org.swarmchat.devnet.seed.NetworkInfo(devnet::view, Clock.systemUTC()).body();

        assertThat(info.devnet()).isTrue();
        assertThat(info.note()).contains(org.swarmchat.devnet.seed.NetworkInfo.NOTE);
        assertThat(info.time()).isBetween(before, Instant.now());
        assertThat(info.network().size()).isEqualTo(expected.get("network").get("network_size").asLong())
                .isEqualTo(devnet.nodes().size());
        assertThat(List.of(info.price().usd(), info.price().usdMarketCap(), info.token().stakingRequirement(),
                info.token().stakingRewardPool(), info.network().stakedTokens(), info.network().stakedUsd()))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(decimal(expected, "price", "usd"), decimal(expected, "price", "usd_market_cap"),
                        decimal(expected, "token", "staking_requirement"),
                        decimal(expected, "token", "staking_reward_pool"),
                        decimal(expected, "network", "network_staked_tokens"),
                        decimal(expected, "network", "network_staked_usd"));
        assertThat(info.token().contractAddress()).isEqualTo(expected.get("token").get("contract_address").asText());
        assertThat(Duration.between(info.price().priceTime(), info.price().staleAt())).isEqualTo(Duration.ofSeconds(
                expected.get("price").get("t_stale").asLong() - expected.get("price").get("t_price").asLong()));
    }

    @Test
    void everyNodeServesTheSameInfo() throws Exception {
        DevnetNode node = devnet.nodes().get(3);
        NetworkInfo info = Devnets.await(client(node.url()).fetch());
        assertThat(info.devnet()).isTrue();
        assertThat(info.network().size()).isEqualTo(devnet.nodes().size());
    }

    @Test
    void aNodeAnsweringGarbageGivesAClearErrorNotHalfTheFigures() {
        DevnetNode node = devnet.nodes().get(4);
        devnet.faults(node).answerGarbage(1.0);
        assertThatThrownBy(() -> Devnets.await(client(node.url()).fetch()))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageStartingWith("the network info from " + node.url() + "/info is not JSON");
    }

    @Test
    void aStoppedNodeSaysItDidNotAnswer() {
        DevnetNode node = devnet.nodes().get(5);
        devnet.faults(node).stop();
        assertThatThrownBy(() -> Devnets.await(client(node.url()).fetch()))
                .isExactlyInstanceOf(SwarmException.class)
                .hasMessageStartingWith("the network info source " + node.url() + "/info did not answer");
    }

    private static NetworkInfoClient client(String source) {
        return NetworkInfoClient.direct(URI.create(source), new SecureRandom());
    }

    private static BigDecimal decimal(JsonNode body, String object, String member) {
        return body.get(object).get(member).decimalValue();
    }
}
