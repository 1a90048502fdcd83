package org.swarmchat.devnet.node;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.swarmchat.devnet.store.Namespaces;

/**
 * Typed access to a request's {@code params} object with oxen-storage-server's type rules and error texts
 * ({@code parse_field} in {@code client_rpc_endpoints.cpp}): a member that is absent or null is "not given"; a
 * member of the wrong type is a parse error naming the member and the expected type. Parsers read members in
 * alphabetical order, as the server does, so the first error reported is the one it reports.
 */
final class Params {
    private static final Pattern SIGNED = Pattern.compile("-?[0-9]+");
    private static final Pattern UNSIGNED = Pattern.compile("[0-9]+");
    private static final long SMALLEST_MS_TIMESTAMP = 1_000_000_000L; // 1,000,000 s: anything smaller is seconds

    private final JsonNode params;

    Params(JsonNode params) {
        this.params = params;
    }

    /** The member, or null when absent or JSON null. */
    JsonNode raw(String name) {
        JsonNode v = params.get(name);
        return v == null || v.isNull() ? null : v;
    }

    Optional<String> string(String name) {
        JsonNode v = raw(name);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw wrongType(name, "string");
        }
        return Optional.of(v.asText());
    }

    Optional<Long> integer(String name) {
        JsonNode v = raw(name);
        if (v == null) {
            return Optional.empty();
        }
        if (!isInteger(v)) {
            throw wrongType(name, "integer");
        }
        return Optional.of(v.asLong());
    }

    Optional<Long> unsigned(String name) {
        JsonNode v = raw(name);
        if (v == null) {
            return Optional.empty();
        }
        if (!isUnsigned(v)) {
            throw wrongType(name, "positive integer");
        }
        return Optional.of(v.asLong());
    }

    Optional<Boolean> bool(String name) {
        JsonNode v = raw(name);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isBoolean()) {
            throw wrongType(name, "boolean");
        }
        return Optional.of(v.asBoolean());
    }

    /** A millisecond timestamp: a non-negative integer of at least 10^9. */
    Optional<Long> timestamp(String name) {
        JsonNode v = raw(name);
        if (v == null) {
            return Optional.empty();
        }
        if (!isUnsigned(v)) {
            throw wrongType(name, "integer timestamp (in milliseconds)");
        }
        return Optional.of(checkMillis(name, v.asLong()));
    }

    /** One timestamp or an array of them. */
    Optional<List<Long>> timestamps(String name) {
        JsonNode v = raw(name);
        if (v == null) {
            return Optional.empty();
        }
        List<Long> out = new ArrayList<>();
        if (isUnsigned(v)) {
            out.add(v.asLong());
        } else if (v.isArray()) {
            for (JsonNode e : v) {
                if (!isUnsigned(e)) {
                    throw wrongType(name, "timestamp array");
                }
                out.add(e.asLong());
            }
        } else {
            throw wrongType(name, "timestamp array");
        }
        return Optional.of(out);
    }

    /** One string or an array of strings. */
    Optional<List<String>> strings(String name) {
        JsonNode v = raw(name);
        if (v == null) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        if (v.isTextual()) {
            out.add(v.asText());
        } else if (v.isArray()) {
            for (JsonNode e : v) {
                if (!e.isTextual()) {
                    throw wrongType(name, "string array");
                }
                out.add(e.asText());
            }
        } else {
            throw wrongType(name, "string array");
        }
        return Optional.of(out);
    }

    /** An int16 namespace. */
    Optional<Integer> namespace(String name) {
        JsonNode v = raw(name);
        if (v == null) {
            return Optional.empty();
        }
        if (!isInteger(v)) {
            throw wrongType(name, "16-bit integer");
        }
        return Optional.of(checkNamespace(name, v.asLong()));
    }

    /** An int16 namespace or {@code "all"}. */
    Optional<NamespaceOrAll> namespaceOrAll(String name) {
        JsonNode v = raw(name);
        if (v == null) {
            return Optional.empty();
        }
        if (isInteger(v)) {
            return Optional.of(NamespaceOrAll.of(checkNamespace(name, v.asLong())));
        }
        if (v.isTextual() && v.asText().equals("all")) {
            return Optional.of(NamespaceOrAll.ALL);
        }
        throw new RpcParseException("Invalid value given for '" + name + "': expected integer or \"all\"");
    }

    /** An integer that old clients may send as a string ({@code timestamp} and {@code ttl} of {@code store}). */
    Optional<Long> stringified(String name, boolean unsignedOnly) {
        JsonNode v = raw(name);
        if (v != null && v.isTextual()) {
            String s = v.asText();
            if (!(unsignedOnly ? UNSIGNED : SIGNED).matcher(s).matches()) {
                throw new RpcParseException("Invalid value given for '" + name + "': " + v);
            }
            try {
                return Optional.of(Long.parseLong(s));
            } catch (NumberFormatException e) {
                throw new RpcParseException("Invalid value given for '" + name + "': " + v);
            }
        }
        return unsignedOnly ? unsigned(name) : integer(name);
    }

    static RpcParseException missing(String name) {
        return new RpcParseException("Required field '" + name + "' missing");
    }

    private static long checkMillis(String name, long value) {
        if (value < SMALLEST_MS_TIMESTAMP) {
            throw new RpcParseException("Invalid timestamp for '" + name + "': timestamp must be in milliseconds");
        }
        return value;
    }

    private static int checkNamespace(String name, long value) {
        if (value < Namespaces.MIN || value > Namespaces.MAX) {
            throw new RpcParseException("Invalid value given for '" + name + "': value out of range");
        }
        return (int) value;
    }

    private static boolean isInteger(JsonNode v) {
        return v.isIntegralNumber() && v.canConvertToLong();
    }

    private static boolean isUnsigned(JsonNode v) {
        return isInteger(v) && v.asLong() >= 0;
    }

    private static RpcParseException wrongType(String name, String expected) {
        return new RpcParseException("Invalid value given for '" + name + "': expected " + expected);
    }
}
