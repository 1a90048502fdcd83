package org.swarmchat.swarm.netinfo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.swarmchat.swarm.api.MalformedResponseException;
import org.swarmchat.swarm.api.SnodeJson;

/**
 * Parses the {@code GET /info} answer of SPEC §8 strictly: every member desktop's schema requires ({@code SD
 * network_api/types.ts}) must be there with its type, figures must be finite and not negative, times must be
 * seconds within reason, and the contract address must look like one. Anything else is a
 * {@link MalformedResponseException} naming the member, never a half-filled {@link NetworkInfo}. Members the
 * schema does not know are ignored, so a source may add some. Stateless; thread-safe.
 */
final class NetworkInfoParser {
    /**
     * The largest figure believed: 10^15 is far beyond any token count or dollar value the network can state (the
     * whole SESH supply is under 10^9), and it keeps a hostile source from handing the UI a number with thousands
     * of digits to format.
     */
    private static final BigDecimal MAX_FIGURE = BigDecimal.TEN.pow(15);
    /** Digits before the point of any number read, times included (seconds until 9999 have 12). */
    private static final int MAX_INTEGER_DIGITS = 16;
    /** Decimal places of any number read: the source states nine; a time may have more, but not many more. */
    private static final int MAX_DECIMAL_PLACES = 18;
    /** The last second of the year 9999: a later "time" is no time a source means. */
    private static final long MAX_SECONDS = 253_402_300_799L;
    /** The longest note shown: a sentence or two, not a page a hostile source fills the screen with. */
    static final int MAX_NOTE_CHARS = 500;
    private static final Pattern CONTRACT_ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private NetworkInfoParser() {
    }

    /**
     * The network info in {@code body}.
     *
     * @param what names the answer in exception messages, e.g. "network info from https://127.0.0.1:22023/info"
     * @throws MalformedResponseException if {@code body} is not such an answer; the message says what is wrong
     */
    static NetworkInfo parse(byte[] body, String what) throws MalformedResponseException {
        JsonNode root = root(body, what);
        JsonNode price = object(root, "price", what);
        JsonNode token = object(root, "token", what);
        JsonNode network = object(root, "network", what);
        String inPrice = what + " \"price\"";
        String inToken = what + " \"token\"";
        String inNetwork = what + " \"network\"";
        return new NetworkInfo(
                seconds(root, "t", what),
                new NetworkInfo.Price(figure(price, "usd", inPrice), figure(price, "usd_market_cap", inPrice),
                        seconds(price, "t_price", inPrice), seconds(price, "t_stale", inPrice)),
                new NetworkInfo.Token(figure(token, "staking_requirement", inToken),
                        figure(token, "staking_reward_pool", inToken), contractAddress(token, inToken)),
                new NetworkInfo.Network(count(network, "network_size", inNetwork),
                        figure(network, "network_staked_tokens", inNetwork),
                        figure(network, "network_staked_usd", inNetwork)),
                devnetFlag(root, what),
                note(root, what));
    }

    /**
     * As {@link SnodeJson#parseObject}, but with every number kept exactly: a double holds 15 to 17 digits, and
     * a reward pool of 40,000,000.123456789 SESH needs 17.
     */
    private static JsonNode root(byte[] body, String what) throws MalformedResponseException {
        if (body == null || body.length == 0) {
            throw new MalformedResponseException(what + " is empty");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (IOException e) {
            throw new MalformedResponseException(what + " is not JSON: " + SnodeJson.preview(body), e);
        } catch (NumberFormatException e) {
            // Jackson reads big decimals lazily and lets this through for an exponent beyond an int, e.g. 1E5303670331.
            throw new MalformedResponseException(what + " holds a number out of range: " + SnodeJson.preview(body), e);
        }
        if (node == null || node.isMissingNode()) {
            throw new MalformedResponseException(what + " is empty");
        }
        if (!node.isObject()) {
            throw new MalformedResponseException(what + " is not a JSON object: " + SnodeJson.preview(body));
        }
        return node;
    }

    private static JsonNode object(JsonNode parent, String field, String what) throws MalformedResponseException {
        JsonNode value = parent.get(field);
        if (value == null || !value.isObject()) {
            throw new MalformedResponseException(what + " lacks the object \"" + field + "\"");
        }
        return value;
    }

    private static BigDecimal number(JsonNode parent, String field, String what) throws MalformedResponseException {
        JsonNode value = parent.get(field);
        if (value == null || !value.isNumber()) {
            throw new MalformedResponseException(what + " lacks the number \"" + field + "\"");
        }
        BigDecimal decimal = value.decimalValue().stripTrailingZeros();
        if (decimal.signum() < 0) {
            throw new MalformedResponseException(what + " \"" + field + "\" is negative: " + preview(decimal));
        }
        // Checked on the digits, before any arithmetic: 1e999999999 is a short text but no number to compute with.
        if (decimal.precision() - decimal.scale() > MAX_INTEGER_DIGITS) {
            throw new MalformedResponseException(what + " \"" + field + "\" is beyond belief: " + preview(decimal));
        }
        if (decimal.scale() > MAX_DECIMAL_PLACES) {
            throw new MalformedResponseException(what + " \"" + field + "\" has more than " + MAX_DECIMAL_PLACES
                    + " decimal places: " + preview(decimal));
        }
        return decimal;
    }

    private static BigDecimal figure(JsonNode parent, String field, String what) throws MalformedResponseException {
        BigDecimal value = number(parent, field, what);
        if (value.compareTo(MAX_FIGURE) > 0) {
            throw new MalformedResponseException(what + " \"" + field + "\" is beyond belief: " + value);
        }
        return value;
    }

    private static String preview(BigDecimal value) {
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static long count(JsonNode parent, String field, String what) throws MalformedResponseException {
        BigDecimal value = figure(parent, field, what);
        if (value.stripTrailingZeros().scale() > 0) {
            throw new MalformedResponseException(what + " \"" + field + "\" is not a whole number: " + value);
        }
        return value.longValueExact();
    }

    private static Instant seconds(JsonNode parent, String field, String what) throws MalformedResponseException {
        BigDecimal value = number(parent, field, what);
        if (value.compareTo(BigDecimal.valueOf(MAX_SECONDS)) > 0) {
            throw new MalformedResponseException(what + " \"" + field + "\" is no time in seconds: " + value);
        }
        long whole = value.longValue();
        int nanos = value.subtract(BigDecimal.valueOf(whole)).movePointRight(9).setScale(0, RoundingMode.DOWN)
                .intValue();
        return Instant.ofEpochSecond(whole, nanos);
    }

    private static String contractAddress(JsonNode token, String what) throws MalformedResponseException {
        String address = SnodeJson.requireText(token, "contract_address", what);
        if (!CONTRACT_ADDRESS.matcher(address).matches()) {
            throw new MalformedResponseException(what + " \"contract_address\" is not 0x and 40 hex digits: "
                    + SnodeJson.preview(address.getBytes(StandardCharsets.UTF_8)));
        }
        return address;
    }

    private static boolean devnetFlag(JsonNode root, String what) throws MalformedResponseException {
        JsonNode value = root.get("devnet");
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new MalformedResponseException(what + " \"devnet\" is not true or false");
        }
        return value.booleanValue();
    }

    private static Optional<String> note(JsonNode root, String what) throws MalformedResponseException {
        JsonNode value = root.get("note");
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new MalformedResponseException(what + " \"note\" is not a string");
        }
        if (value.textValue().length() > MAX_NOTE_CHARS) {
            throw new MalformedResponseException(what + " \"note\" is longer than " + MAX_NOTE_CHARS + " characters");
        }
        return Optional.of(value.textValue());
    }
}
