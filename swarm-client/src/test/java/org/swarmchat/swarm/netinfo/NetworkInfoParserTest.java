package org.swarmchat.swarm.netinfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.swarmchat.swarm.api.MalformedResponseException;
import org.swarmchat.swarm.api.SnodeJson;

/** {@link NetworkInfoParser}: every figure of SPEC §8 read exactly, and every defect named. */
class NetworkInfoParserTest {
    private static final String WHAT = "the network info from test";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Test
    void readsEveryFigureOfAMainnetShapedAnswer() throws Exception {
        NetworkInfo info = parse(InfoAnswers.mainnetLike());

        assertThat(info.time()).isEqualTo(Instant.ofEpochSecond(1_745_000_000));
        assertThat(info.price().usd()).isEqualByComparingTo("0.052413987");
        assertThat(info.price().usdMarketCap()).isEqualByComparingTo("12345678.9");
        assertThat(info.price().priceTime()).isEqualTo(Instant.ofEpochSecond(1_744_999_940));
        assertThat(info.price().staleAt()).isEqualTo(Instant.ofEpochSecond(1_745_000_240));
        assertThat(info.token().stakingRequirement()).isEqualByComparingTo("25000");
        assertThat(info.token().stakingRewardPool()).isEqualByComparingTo("40000000.123456789");
        assertThat(info.token().contractAddress()).isEqualTo("0x10Ea9E5303670331Bdddfa66A4cEA47dae4fcF3b");
        assertThat(info.network().size()).isEqualTo(1_893);
        assertThat(info.network().stakedTokens()).isEqualByComparingTo("47325000");
        assertThat(info.network().stakedUsd()).isEqualByComparingTo("2480487.5");
        assertThat(info.devnet()).as("no marker, real figures").isFalse();
        assertThat(info.note()).isEmpty();
    }

    @Test
    void readsTheDevnetMarkerAndNoteAndIgnoresMembersItDoesNotKnow() throws Exception {
        ObjectNode answer = InfoAnswers.mainnetLike();
        answer.put("devnet", true).put("note", "devnet figures");
        ((ObjectNode) answer.get("network")).put("swarm_count", 4).put("height", 12);

        NetworkInfo info = parse(answer);

        assertThat(info.devnet()).isTrue();
        assertThat(info.note()).contains("devnet figures");
    }

    @Test
    void fractionalSecondsAreKept() throws Exception {
        ObjectNode answer = InfoAnswers.mainnetLike().put("t", 1_745_000_000.25);
        assertThat(parse(answer).time()).isEqualTo(Instant.ofEpochSecond(1_745_000_000, 250_000_000));
    }

    @ParameterizedTest
    @FieldSource("org.swarmchat.swarm.netinfo.InfoAnswers#REQUIRED")
    void aMissingMemberIsNamed(String path) {
        String member = path.substring(path.indexOf('.') + 1);
        assertThatThrownBy(() -> parse(InfoAnswers.without(InfoAnswers.mainnetLike(), path)))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageStartingWith(WHAT)
                .hasMessageContaining("\"" + member + "\"");
    }

    @Test
    void wrongTypesAndImpossibleValuesAreRefused() {
        assertRefused(with("price", "usd", JSON.textNode("0.05")), "lacks the number \"usd\"");
        assertRefused(with("price", "usd", JSON.numberNode(-0.05)), "\"usd\" is negative");
        assertRefused(with("price", "usd", JSON.numberNode(new BigDecimal("1e16"))), "beyond belief");
        assertRefused(with("network", "network_size", JSON.numberNode(12.5)), "not a whole number");
        assertRefused(with("token", "contract_address", JSON.textNode("0x12")), "40 hex digits");
        assertRefused(InfoAnswers.mainnetLike().put("t", 1e12), "no time in seconds");
        assertRefused(InfoAnswers.mainnetLike().put("devnet", "yes"), "\"devnet\" is not true or false");
        assertRefused(InfoAnswers.mainnetLike().put("note", "x".repeat(NetworkInfoParser.MAX_NOTE_CHARS + 1)),
                "\"note\" is longer than");
        assertRefused((ObjectNode) InfoAnswers.mainnetLike().set("price", JSON.arrayNode()),
                "lacks the object \"price\"");
    }

    @Test
    void numbersWithHugeExponentsAreRefusedBeforeAnyArithmetic() {
        assertThat(refusal("1e400")).contains("\"staking_requirement\" is beyond belief");
        assertThat(refusal("1e999999999")).contains("is beyond belief");
        assertThat(refusal("1e-999999999")).contains("has more than 18 decimal places");
        // Found by NetworkInfoParserFuzzTest: Jackson let a NumberFormatException out for an exponent beyond an int.
        assertThat(refusal("1E5303670331")).contains("holds a number out of range");
    }

    @Test
    void numbersKeepEveryDigitTheSourceStates() throws Exception {
        String text = new String(SnodeJson.bytes(InfoAnswers.mainnetLike()), StandardCharsets.UTF_8)
                .replace("\"staking_requirement\":25000", "\"staking_requirement\":99999999.999999999");
        NetworkInfo info = NetworkInfoParser.parse(text.getBytes(StandardCharsets.UTF_8), WHAT);
        assertThat(info.token().stakingRequirement()).isEqualByComparingTo("99999999.999999999");
    }

    private static String refusal(String stakingRequirement) {
        String text = new String(SnodeJson.bytes(InfoAnswers.mainnetLike()), StandardCharsets.UTF_8)
                .replace("\"staking_requirement\":25000", "\"staking_requirement\":" + stakingRequirement);
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        return assertThrows(MalformedResponseException.class, () -> NetworkInfoParser.parse(body, WHAT)).getMessage();
    }

    @Test
    void garbageIsNotJson() {
        byte[] garbage = "\u00ff\u00fe<garbage>".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> NetworkInfoParser.parse(garbage, WHAT))
                .isInstanceOf(MalformedResponseException.class).hasMessageStartingWith(WHAT + " is not JSON");
        assertThatThrownBy(() -> NetworkInfoParser.parse(new byte[0], WHAT))
                .isInstanceOf(MalformedResponseException.class).hasMessage(WHAT + " is empty");
        assertThatThrownBy(() -> NetworkInfoParser.parse("[1]".getBytes(StandardCharsets.UTF_8), WHAT))
                .isInstanceOf(MalformedResponseException.class).hasMessageContaining("not a JSON object");
    }

    private static ObjectNode with(String object, String member, JsonNode value) {
        ObjectNode answer = InfoAnswers.mainnetLike();
        ((ObjectNode) answer.get(object)).set(member, value);
        return answer;
    }

    private static void assertRefused(ObjectNode answer, String message) {
        assertThatThrownBy(() -> parse(answer)).isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining(message);
    }

    private static NetworkInfo parse(ObjectNode answer) throws MalformedResponseException {
        return NetworkInfoParser.parse(SnodeJson.bytes(answer), WHAT);
    }
}
