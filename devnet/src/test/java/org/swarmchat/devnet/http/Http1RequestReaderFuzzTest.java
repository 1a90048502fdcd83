package org.swarmchat.devnet.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.swarmchat.crypto.fuzz.Fuzz;
import org.swarmchat.crypto.fuzz.Mutations;

/**
 * Fuzzes the devnet's HTTP/1.1 request reader the way a connection uses it (head, body, next request, until the
 * stream ends or a body is refused) with random bytes, mutations of real requests and chunked bodies built from
 * hostile chunk sizes. A connection may only end in a parsed request, a refused body (413),
 * {@link MalformedRequestException} (the listener's 400) or {@link EOFException} (the client closed mid-request);
 * anything else would escape {@code HttpsListener.serve} as an unanswered crash. Requests round-trip.
 */
class Http1RequestReaderFuzzTest {
    private static final List<String> REQUESTS = List.of(
            "POST /storage_rpc/v1 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n\r\nhello",
            "POST /onion_req/v2?x=1 HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;ext\r\nabc\r\n2\r\nde\r\n0\r\n"
                    + "Trailer: x\r\n\r\n",
            "GET /json_rpc HTTP/1.0\r\nConnection: keep-alive\r\nExpect: 100-continue\r\nContent-Length: 0\r\n\r\n"
                    + "GET / HTTP/1.1\r\n\r\n",
            "\r\n\r\nPUT /x HTTP/1.1\nContent-Length: 1\n\nz");
    private static final List<String> CHUNK_SIZES = List.of("0", "1", "2", "a", "ff", "FF", "10", "-1", "-0", "+1",
            " 1 ", "", "1;name=value", "7fffffff", "80000000", "ffffffff", "100000000", "7fffffffffffffff",
            "8000000000000000", "ffffffffffffffff", "1g", "0x1");

    @Property(tries = 2000)
    void connectionsParseOrFailAsDeclared(@ForAll("streams") byte[] stream, @ForAll boolean smallLimit) {
        Fuzz.only(() -> serve(stream, smallLimit ? 64 : HttpsListener.MAX_BODY), MalformedRequestException.class,
                EOFException.class);
    }

    @Property(tries = 1000)
    void requestsRoundTrip(@ForAll("methods") String method, @ForAll("paths") String path,
            @ForAll("headers") Map<String, String> headers, @ForAll @Size(max = 300) byte[] body,
            @ForAll boolean chunked, @ForAll @IntRange(min = 1, max = 50) int chunk) throws IOException {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder(method + " " + path + "?q=1 HTTP/1.1\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length + "\r\n");
        wire.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        if (chunked) {
            for (int i = 0; i < body.length; i += chunk) {
                int n = Math.min(chunk, body.length - i);
                wire.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                wire.write(body, i, n);
                wire.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            wire.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        } else {
            wire.writeBytes(body);
        }
        Http1RequestReader reader = new Http1RequestReader(new ByteArrayInputStream(wire.toByteArray()),
                new ByteArrayOutputStream(), HttpsListener.MAX_BODY);
        Http1RequestReader.Head parsed = reader.readHead().orElseThrow();
        assertThat(parsed.method()).isEqualTo(method);
        assertThat(parsed.path()).isEqualTo(path);
        headers.forEach((name, value) -> assertThat(parsed.header(name.toLowerCase(java.util.Locale.ROOT)))
                .contains(value.strip()));
        assertThat(reader.readBody(parsed)).isEqualTo(body);
        assertThat(reader.readHead()).isEmpty();
    }

    @Example
    void aHugeChunkAfterAFirstOneIsRefusedNotACrash() {
        byte[] stream = ("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n7fffffffffffffff\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        // It was an IllegalArgumentException from readNBytes: 1 + 0x7fffffffffffffff overflowed the limit check.
        assertThat(Fuzz.only(() -> serve(stream, 64), MalformedRequestException.class, EOFException.class))
                .contains(0);
    }

    /** What {@code HttpsListener} does with a connection, minus the answers; the requests it read. */
    private static int serve(byte[] stream, int maxBody) throws IOException {
        Http1RequestReader reader = new Http1RequestReader(new ByteArrayInputStream(stream),
                new ByteArrayOutputStream(), maxBody);
        int requests = 0;
        while (true) {
            Optional<Http1RequestReader.Head> head = reader.readHead();
            if (head.isEmpty() || reader.readBody(head.get()) == null) {
                return requests;
            }
            requests++;
        }
    }

    @Provide
    Arbitrary<byte[]> streams() {
        List<byte[]> seeds = REQUESTS.stream().map(r -> r.getBytes(StandardCharsets.ISO_8859_1)).toList();
        return Arbitraries.frequencyOf(
                Tuple.of(5, Mutations.of(seeds)),
                Tuple.of(3, chunkedBodies()),
                Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(200)),
                Tuple.of(1, Arbitraries.strings().withChars("GETPOS /HTP1.0\r\n:chunkedContent-Length0123456789")
                        .ofMaxLength(200).map(s -> s.getBytes(StandardCharsets.ISO_8859_1))));
    }

    /** A chunked request whose chunk size lines come from a list of hostile values, with data of any length. */
    private Arbitrary<byte[]> chunkedBodies() {
        Arbitrary<String> chunk = Combinators.combine(Arbitraries.of(CHUNK_SIZES),
                Arbitraries.strings().withChars("xyz").ofMaxLength(20), Arbitraries.of("\r\n", "\n", "", "X\r\n"))
                .as((size, data, end) -> size + "\r\n" + data + end);
        return Combinators.combine(chunk.list().ofMaxSize(4), Arbitraries.of("0\r\n\r\n", "0\r\n", "", "0\r\nT: 1\r\n"))
                .as((chunks, last) -> {
                    List<String> parts = new ArrayList<>(chunks);
                    parts.add(last);
                    String head = "POST /storage_rpc/v1 HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n";
                    return (head + String.join("", parts)).getBytes(StandardCharsets.ISO_8859_1);
                });
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(7);
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.strings().withChars("abc/_-.~%0123456789").ofMaxLength(30).map(p -> "/" + p);
    }

    @Provide
    Arbitrary<Map<String, String>> headers() {
        Arbitrary<String> names = Arbitraries.strings().withChars("abcdefXYZ-").ofMinLength(1).ofMaxLength(10)
                .filter(n -> !n.equalsIgnoreCase("content-length") && !n.equalsIgnoreCase("transfer-encoding")
                        && !n.equalsIgnoreCase("expect"));
        Arbitrary<String> values = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(30);
        return Arbitraries.maps(names, values).ofMaxSize(4)
                .filter(m -> m.keySet().stream().map(k -> k.toLowerCase(java.util.Locale.ROOT)).distinct().count()
                        == m.size());
    }
}
