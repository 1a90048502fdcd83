package org.swarmchat.swarm.netinfo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.swarmchat.crypto.fuzz.Fuzz;
import org.swarmchat.crypto.fuzz.JsonFuzz;
import org.swarmchat.crypto.fuzz.Mutations;
import org.swarmchat.swarm.api.MalformedResponseException;
import org.swarmchat.swarm.api.SnodeJson;

/**
 * Fuzzes {@link NetworkInfoParser} with random and mutated answer bytes and with member-level mutations of a valid
 * answer: only {@link MalformedResponseException} may come out, and whatever parses is complete and sane (no
 * negative figure, the same answer parses again to the same record). Valid answers with random figures parse to
 * exactly those figures.
 */
class NetworkInfoParserFuzzTest {
    private static final String WHAT = "fuzzed network info";
    private static final List<String> VOCABULARY = List.of("t", "price", "token", "network", "usd",
            "usd_market_cap", "t_price", "t_stale", "staking_requirement", "staking_reward_pool", "contract_address",
            "network_size", "network_staked_tokens", "network_staked_usd", "devnet", "note");

    @Property(tries = 2000)
    void anyBytesParseOrAreMalformed(@ForAll("answerBytes") byte[] body) {
        Fuzz.only(() -> NetworkInfoParser.parse(body, WHAT), MalformedResponseException.class)
                .ifPresent(NetworkInfoParserFuzzTest::assertSane);
    }

    @Property(tries = 2000)
    void mutatedAnswersParseOrNameWhatIsWrong(@ForAll("mutatedAnswers") JsonNode answer) {
        byte[] body = SnodeJson.bytes(answer);
        Fuzz.only(() -> NetworkInfoParser.parse(body, WHAT), MalformedResponseException.class)
                .ifPresent(info -> {
                    assertSane(info);
                    assertThat(Fuzz.only(() -> NetworkInfoParser.parse(body, WHAT))).contains(info);
                });
    }

    @Property(tries = 500)
    void validAnswersParseToTheirFigures(@ForAll("figures") List<BigDecimal> figures,
            @ForAll("seconds") long seconds, @ForAll("sizes") long size) throws Exception {
        ObjectNode answer = InfoAnswers.mainnetLike();
        answer.put("t", seconds);
        ((ObjectNode) answer.get("price")).put("usd", figures.get(0)).put("usd_market_cap", figures.get(1));
        ((ObjectNode) answer.get("token")).put("staking_requirement", figures.get(2))
                .put("staking_reward_pool", figures.get(3));
        ((ObjectNode) answer.get("network")).put("network_size", size).put("network_staked_tokens", figures.get(4))
                .put("network_staked_usd", figures.get(5));

        NetworkInfo info = NetworkInfoParser.parse(SnodeJson.bytes(answer), WHAT);

        assertThat(info.time()).isEqualTo(Instant.ofEpochSecond(seconds));
        assertThat(List.of(info.price().usd(), info.price().usdMarketCap(), info.token().stakingRequirement(),
                info.token().stakingRewardPool(), info.network().stakedTokens(), info.network().stakedUsd()))
                .usingElementComparator(BigDecimal::compareTo).isEqualTo(figures);
        assertThat(info.network().size()).isEqualTo(size);
    }

    private static void assertSane(NetworkInfo info) {
        assertThat(List.of(info.price().usd(), info.price().usdMarketCap(), info.token().stakingRequirement(),
                info.token().stakingRewardPool(), info.network().stakedTokens(), info.network().stakedUsd()))
                .allSatisfy(v -> assertThat(v.signum()).isNotNegative());
        assertThat(info.network().size()).isNotNegative();
        assertThat(info.time()).isAfterOrEqualTo(Instant.EPOCH);
        assertThat(info.token().contractAddress()).matches("0x[0-9a-fA-F]{40}");
    }

    @Provide
    Arbitrary<byte[]> answerBytes() {
        ObjectNode devnetLike = InfoAnswers.mainnetLike().put("devnet", true).put("note", "devnet figures");
        List<byte[]> seeds = List.of(SnodeJson.bytes(InfoAnswers.mainnetLike()), SnodeJson.bytes(devnetLike));
        return Arbitraries.oneOf(Mutations.of(seeds), Arbitraries.bytes().array(byte[].class).ofMaxSize(100),
                Arbitraries.strings().withChars("{}[]\":,0123456789.eE-+truefalsnl \\u").ofMaxLength(60)
                        .map(s -> s.getBytes(StandardCharsets.UTF_8))).injectNull(0.01);
    }

    @Provide
    Arbitrary<JsonNode> mutatedAnswers() {
        ObjectNode devnetLike = InfoAnswers.mainnetLike().put("devnet", true).put("note", "devnet figures");
        return Arbitraries.oneOf(JsonFuzz.mutationsOf(List.of(InfoAnswers.mainnetLike(), devnetLike), VOCABULARY),
                JsonFuzz.objects(3, VOCABULARY));
    }

    @Provide
    Arbitrary<List<BigDecimal>> figures() {
        // Nine decimal places, as the network API states SESH and USD values, up to the largest figure believed.
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.TEN.pow(15)).ofScale(9).list()
                .ofSize(6);
    }

    @Provide
    Arbitrary<Long> seconds() {
        return Arbitraries.longs().between(0, 253_402_300_799L);
    }

    @Provide
    Arbitrary<Long> sizes() {
        return Combinators.combine(Arbitraries.longs().between(0, 10_000), Arbitraries.longs().between(0, 1L << 40))
                .as((small, large) -> small % 2 == 0 ? small : large);
    }
}
