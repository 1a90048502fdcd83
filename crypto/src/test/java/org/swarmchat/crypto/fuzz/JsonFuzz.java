package org.swarmchat.crypto.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random JSON trees and mutations of valid ones, for the parsers of node replies and requests. Member names are
 * drawn mostly from a parser's own vocabulary, so that random trees reach past its first "lacks the member"
 * check. A tree mutation picks a container of the valid tree and replaces, removes, adds, swaps or retypes one
 * of its values: the field-level changes a buggy or hostile peer makes.
 */
public final class JsonFuzz {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String HEX = "0123456789abcdef";

    /** What one tree mutation does. */
    public enum Kind {
        REPLACE, REMOVE, ADD, SWAP, NULL, RETYPE, EMPTY_CONTAINER, DUPLICATE
    }

    /**
     * One tree mutation.
     *
     * @param kind what it does
     * @param container which container of the tree (pre-order index, modulo their number)
     * @param member which member or element of it (modulo their number)
     * @param other a second member, for a swap
     * @param key the name of an added member
     * @param value the value written
     */
    public record Mutation(Kind kind, int container, int member, int other, String key, JsonNode value) {
    }

    private JsonFuzz() {
    }

    /** Scalars: null, booleans, edge-case numbers, and strings that look like what nodes send. */
    public static Arbitrary<JsonNode> scalars() {
        return Arbitraries.oneOf(
                Arbitraries.just(NODES.nullNode()),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.of(0L, 1L, -1L, 100L, 200L, 421L, 599L, 600L, 65_535L, 65_536L, (long) Integer.MAX_VALUE,
                        (long) Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, 1_700_000_000_000L)
                        .map(v -> (JsonNode) NODES.numberNode(v)),
                Arbitraries.longs().map(v -> (JsonNode) NODES.numberNode(v)),
                Arbitraries.bigIntegers().between(BigInteger.TWO.pow(70).negate(), BigInteger.TWO.pow(70))
                        .map(v -> (JsonNode) NODES.numberNode(v)),
                Arbitraries.doubles().map(v -> (JsonNode) NODES.numberNode(v)),
                Arbitraries.just(NODES.numberNode(new BigDecimal("1e400"))),
                Arbitraries.strings().ofMaxLength(40).map(NODES::textNode),
                Arbitraries.strings().all().ofMaxLength(12).map(NODES::textNode),
                Arbitraries.strings().withChars(HEX + "ABCDEF").ofMinLength(62).ofMaxLength(68).map(NODES::textNode),
                // Hex with the odd digit that Character.digit accepts but hex decoders refuse (Arabic-Indic,
                // fullwidth), in the lengths of keys and pubkeys.
                Arbitraries.strings().withChars(HEX + HEX + "\u0661\u0669\uff10\uff21").ofLength(64)
                        .map(s -> (JsonNode) NODES.textNode(s)),
                Arbitraries.strings().withChars(HEX + HEX + "\u0661\uff15").ofLength(64).map(s -> "05" + s)
                        .map(s -> (JsonNode) NODES.textNode(s)),
                Arbitraries.strings().withChars("ABCxyz0189+/=").ofMinLength(40).ofMaxLength(90).map(NODES::textNode),
                Arbitraries.of("", "0", "-1", "200", "1e3", "0x10", "9223372036854775808", "true", "null", "all",
                        "aes-gcm", "xchacha20", "0.0.0.0", "127.0.0.1", "ffffffffffffffff").map(NODES::textNode));
    }

    /** JSON trees of at most {@code depth} levels of containers, member names mostly from {@code vocabulary}. */
    public static Arbitrary<JsonNode> trees(int depth, List<String> vocabulary) {
        Arbitrary<JsonNode> leaf = scalars();
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<JsonNode> child = trees(depth - 1, vocabulary);
        return Arbitraries.frequencyOf(
                Tuple.of(3, leaf),
                Tuple.of(1, child.list().ofMaxSize(3).map(JsonFuzz::array)),
                Tuple.of(2, Arbitraries.maps(keys(vocabulary), child).ofMaxSize(4).map(JsonFuzz::object)));
    }

    /** JSON objects whose members are named mostly from {@code vocabulary}. */
    public static Arbitrary<JsonNode> objects(int depth, List<String> vocabulary) {
        return Arbitraries.maps(keys(vocabulary), trees(depth - 1, vocabulary)).ofMaxSize(6).map(JsonFuzz::object);
    }

    /** One to three tree mutations of one of {@code seeds}, new values drawn with {@code vocabulary}. */
    public static Arbitrary<JsonNode> mutationsOf(List<JsonNode> seeds, List<String> vocabulary) {
        return mutationsOf(Arbitraries.of(seeds), vocabulary);
    }

    /** One to three tree mutations of the trees {@code seeds} draws. */
    public static Arbitrary<JsonNode> mutationsOf(Arbitrary<JsonNode> seeds, List<String> vocabulary) {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.of(Kind.values()),
                Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, Integer.MAX_VALUE), keys(vocabulary),
                trees(1, vocabulary)).as(Mutation::new);
        return Combinators.combine(seeds, one.list().ofMinSize(1).ofMaxSize(3)).as(JsonFuzz::apply);
    }

    /** A deep copy of {@code seed} with {@code mutations} applied in order. */
    public static JsonNode apply(JsonNode seed, List<Mutation> mutations) {
        JsonNode root = seed.deepCopy();
        for (Mutation m : mutations) {
            root = apply(root, m);
        }
        return root;
    }

    private static JsonNode apply(JsonNode root, Mutation m) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        if (containers.isEmpty()) {
            return m.value();
        }
        JsonNode c = containers.get(m.container() % containers.size());
        if (c instanceof ObjectNode o) {
            mutate(o, m);
        } else {
            mutate((ArrayNode) c, m);
        }
        return root;
    }

    private static void mutate(ObjectNode o, Mutation m) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        if (names.isEmpty() || m.kind() == Kind.ADD) {
            o.set(m.key(), m.value());
            return;
        }
        String name = names.get(m.member() % names.size());
        switch (m.kind()) {
            case REPLACE -> o.set(name, m.value());
            case REMOVE -> o.remove(name);
            case SWAP -> {
                String other = names.get(m.other() % names.size());
                JsonNode a = o.get(name);
                o.set(name, o.get(other));
                o.set(other, a);
            }
            case NULL -> o.putNull(name);
            case RETYPE -> o.set(name, retype(o.get(name)));
            case EMPTY_CONTAINER -> o.removeAll();
            case DUPLICATE -> o.set(m.key(), o.get(name).deepCopy());
            default -> o.set(m.key(), m.value());
        }
    }

    private static void mutate(ArrayNode a, Mutation m) {
        if (a.isEmpty() || m.kind() == Kind.ADD) {
            a.insert(a.isEmpty() ? 0 : m.member() % (a.size() + 1), m.value());
            return;
        }
        int i = m.member() % a.size();
        switch (m.kind()) {
            case REPLACE -> a.set(i, m.value());
            case REMOVE -> a.remove(i);
            case SWAP -> {
                int j = m.other() % a.size();
                JsonNode x = a.get(i);
                a.set(i, a.get(j));
                a.set(j, x);
            }
            case NULL -> a.set(i, NODES.nullNode());
            case RETYPE -> a.set(i, retype(a.get(i)));
            case EMPTY_CONTAINER -> a.removeAll();
            case DUPLICATE -> a.insert(i, a.get(i).deepCopy());
            default -> a.add(m.value());
        }
    }

    /** The same content as another JSON type: numbers as strings and back, containers as their text. */
    private static JsonNode retype(JsonNode v) {
        if (v.isNumber() || v.isBoolean()) {
            return NODES.textNode(v.asText());
        }
        if (v.isTextual()) {
            try {
                return NODES.numberNode(new BigDecimal(v.asText()));
            } catch (NumberFormatException e) {
                return NODES.arrayNode().add(v);
            }
        }
        if (v.isNull()) {
            return NODES.objectNode();
        }
        return NODES.textNode(v.toString());
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            Iterator<JsonNode> it = node.elements();
            while (it.hasNext()) {
                collect(it.next(), containers);
            }
        }
    }

    private static Arbitrary<String> keys(List<String> vocabulary) {
        return Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.of(vocabulary)),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(8)),
                Tuple.of(1, Arbitraries.strings().withChars(HEX).ofLength(64)));
    }

    private static JsonNode array(List<JsonNode> elements) {
        ArrayNode a = NODES.arrayNode();
        elements.forEach(a::add);
        return a;
    }

    private static JsonNode object(Map<String, JsonNode> members) {
        ObjectNode o = NODES.objectNode();
        members.forEach(o::set);
        return o;
    }
}
