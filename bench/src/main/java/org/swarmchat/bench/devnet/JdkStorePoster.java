package org.swarmchat.bench.devnet;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Stores through the JDK's {@code java.net.http} client (HTTP/1.1, kept-alive connections): the first client used. */
final class JdkStorePoster implements StorePoster {
    private final HttpClient http;

    JdkStorePoster(HttpClient http) {
        this.http = http;
    }

    @Override
    public Reply post(String url, byte[] json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(StoreWorker.REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Reply(response.statusCode(), response.body());
    }
}
