package org.swarmchat.devnet.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The request framing of the devnet's HTTP/1.1 listener, on byte streams: the framings a socket cannot be made to
 * produce on demand from the JDK's client (chunked bodies, {@code Expect: 100-continue}, garbage, oversized bodies).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class Http1RequestReaderTest {
    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();

    @Test
    void readsKeptAliveRequestsOneAfterAnother() throws IOException {
        Http1RequestReader reader = reader("POST /storage_rpc/v1?x=1 HTTP/1.1\r\nContent-Length: 2\r\nX-A: b\r\n\r\nhi"
                + "GET /info HTTP/1.1\r\nConnection: close\r\n\r\n", 100);
        Http1RequestReader.Head first = reader.readHead().orElseThrow();
        assertThat(first.method()).isEqualTo("POST");
        assertThat(first.path()).isEqualTo("/storage_rpc/v1");
        assertThat(first.header("x-a")).contains("b");
        assertThat(first.keepAlive()).isTrue();
        assertThat(reader.readBody(first)).isEqualTo("hi".getBytes(StandardCharsets.US_ASCII));
        Http1RequestReader.Head second = reader.readHead().orElseThrow();
        assertThat(second.path()).isEqualTo("/info");
        assertThat(second.keepAlive()).isFalse();
        assertThat(reader.readBody(second)).isEmpty();
        assertThat(reader.readHead()).isEmpty();
    }

    @Test
    void decodesChunkedBodiesAndAnswersExpectContinue() throws IOException {
        Http1RequestReader reader = reader("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nExpect: 100-continue\r\n"
                + "\r\n3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\n\r\n", 100);
        Http1RequestReader.Head head = reader.readHead().orElseThrow();
        assertThat(new String(reader.readBody(head), StandardCharsets.US_ASCII)).isEqualTo("abcde");
        assertThat(sent.toString(StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 100 Continue\r\n\r\n");
    }

    @Test
    void leavesBodiesBeyondTheLimitUnread() throws IOException {
        Http1RequestReader reader = reader("POST / HTTP/1.1\r\nContent-Length: 11\r\n\r\nhello world", 10);
        assertThat(reader.readBody(reader.readHead().orElseThrow())).isNull();
    }

    @Test
    void refusesWhatIsNotHttp() {
        assertThatThrownBy(() -> reader("\u0016\u0003\u0001 garbage\r\n\r\n", 10).readHead())
                .isInstanceOf(MalformedRequestException.class).hasMessage("bad request line");
        assertThatThrownBy(() -> {
            Http1RequestReader r = reader("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n", 10);
            r.readBody(r.readHead().orElseThrow());
        }).isInstanceOf(MalformedRequestException.class).hasMessage("bad Content-Length");
        assertThatThrownBy(() -> reader("GET / HTTP/1.1\r\n" + "X: y\r\n".repeat(20_000) + "\r\n", 10).readHead())
                .isInstanceOf(MalformedRequestException.class).hasMessage("request head too long");
    }

    private Http1RequestReader reader(String wire, int maxBody) {
        return new Http1RequestReader(new ByteArrayInputStream(wire.getBytes(StandardCharsets.ISO_8859_1)), sent,
                maxBody);
    }
}
