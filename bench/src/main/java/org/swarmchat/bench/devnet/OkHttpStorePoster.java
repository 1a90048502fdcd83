package org.swarmchat.bench.devnet;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Stores through OkHttp, the client the app itself uses: one blocking call on the worker's own (virtual) thread.
 * The JDK client hands every exchange between its selector thread, a scheduler and the caller through
 * {@code CompletableFuture}s; profiled, that machinery was 14-24 % of the benchmark's CPU, which the nodes then
 * did not get.
 *
 * <p>One connection pool per node, each keeping a connection per worker alive: OkHttp looks for a pooled connection
 * by walking the whole pool under its lock, and one shared pool of 800 connections (32 workers, 25 nodes) spent more
 * CPU walking than the JDK client spent in all; a pool smaller than that evicted connections that were needed again
 * at once, and the TLS handshakes took a fifth of the CPU.
 */
final class OkHttpStorePoster implements StorePoster {
    private static final MediaType JSON = MediaType.get("application/json");
    private final OkHttpClient base;
    private final int workers;
    private final Map<String, OkHttpClient> perNode = new ConcurrentHashMap<>();

    OkHttpStorePoster(int workers) {
        this.workers = workers;
        this.base = new OkHttpClient.Builder()
                .sslSocketFactory(TrustAllHttp.context().getSocketFactory(), TrustAllHttp.trustManager())
                .hostnameVerifier((host, session) -> true) // snode certificates name no host (SPEC §3.1)
                // No call, read or write timeouts: each is an okio AsyncTimeout, a sorted list under one lock that
                // every call enters and leaves; with 32 workers that lock took 7 % of the CPU. The nodes run in
                // this JVM, so a hung request would be a devnet bug that the stalled run makes plain.
                .callTimeout(0, TimeUnit.MILLISECONDS)
                .readTimeout(0, TimeUnit.MILLISECONDS)
                .writeTimeout(0, TimeUnit.MILLISECONDS)
                .retryOnConnectionFailure(false)
                .build();
    }

    @Override
    public Reply post(String url, byte[] json) throws IOException {
        HttpUrl parsed = HttpUrl.get(url);
        OkHttpClient client = perNode.computeIfAbsent(parsed.host() + ":" + parsed.port(), node -> base.newBuilder()
                .connectionPool(new ConnectionPool(workers, 5, TimeUnit.MINUTES)).build());
        Request request = new Request.Builder().url(parsed).post(RequestBody.create(json, JSON)).build();
        try (Response response = client.newCall(request).execute()) {
            ResponseBody body = response.body();
            return new Reply(response.code(), body == null ? new byte[0] : body.bytes());
        }
    }
}
