package org.swarmchat.devnet.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.message.MessageSealer;
import org.swarmchat.crypto.message.OutgoingText;
import org.swarmchat.crypto.request.Namespace;
import org.swarmchat.crypto.request.RequestSignatures;
import org.swarmchat.devnet.DevnetNode;
import org.swarmchat.devnet.LocalDevnet;
import org.swarmchat.devnet.echo.LoopbackHttps;

/**
 * Measures how long the echo contact takes to answer: on a devnet of N nodes, a new account stores a sealed
 * message in the echo contact's swarm and then retrieves its own swarm every 25 ms until the answer is there; the
 * time from the store to the answer is one sample. Prints the median, the 90th percentile and the maximum. A figure,
 * not a test: the echo contact's poll interval bounds it from below on average (half an interval).
 *
 * <p>Usage: {@code EchoRoundTripProbe [rounds] [nodes] [pollIntervalMs]} (defaults 30, 25, 1000).
 */
public final class EchoRoundTripProbe {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final long SENDER_POLL_MS = 25;

    private EchoRoundTripProbe() {
    }

    /**
     * Runs the probe.
     *
     * @param args optionally the rounds, the node count and the echo contact's poll interval in ms
     * @throws Exception if the devnet cannot start or a request fails
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int nodes = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        long interval = args.length > 2 ? Long.parseLong(args[2]) : 1000;
        SecureRandom random = new SecureRandom();
        MessageSealer sealer = new MessageSealer(random);
        List<Long> millis = new ArrayList<>();
        try (LocalDevnet devnet = LocalDevnet.builder().nodes(nodes).rateLimited(false).echoContact(true)
                .echoPollInterval(Duration.ofMillis(interval)).start();
                HttpClient http = LoopbackHttps.newClient(DEADLINE)) {
            AccountId echo = devnet.echoAccountId().orElseThrow();
            DevnetNode echoNode = devnet.swarmOf(echo).members().getFirst();
            for (int i = 0; i < rounds + 1; i++) {
                Ed25519KeyPair sender = Ed25519KeyPair.generate(random);
                AccountId senderId = AccountId.of(sender);
                DevnetNode senderNode = devnet.swarmOf(senderId).members().getFirst();
                String data = sealer.sealBase64(sender, echo, OutgoingText.of("ping " + i, System.currentTimeMillis()));
                long begin = System.nanoTime();
                ObjectNode store = JSON.createObjectNode().put("pubkey", echo.hex())
                        .put("timestamp", System.currentTimeMillis()).put("ttl", 3_600_000L).put("data", data);
                call(http, echoNode, "store", store);
                while (call(http, senderNode, "retrieve", retrieve(sender, senderId)).path("messages").isEmpty()) {
                    if (System.nanoTime() - begin > DEADLINE.toNanos()) {
                        throw new IOException("no answer in " + DEADLINE.toSeconds() + " s");
                    }
                    Thread.sleep(SENDER_POLL_MS);
                }
                if (i > 0) {
                    // The first round warms up the JIT, the TLS sessions and the nodes' certificates.
                    millis.add((System.nanoTime() - begin) / 1_000_000);
                }
            }
        }
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "echo round trip over %d rounds (%d nodes, echo poll interval %d ms): "
                + "median %d ms, p90 %d ms, max %d ms%n", millis.size(), nodes, interval,
                millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.9) - 1),
                millis.getLast());
    }

    private static ObjectNode retrieve(Ed25519KeyPair account, AccountId id) {
        long now = System.currentTimeMillis();
        return JSON.createObjectNode().put("pubkey", id.hex()).put("timestamp", now)
                .put("pubkey_ed25519", account.publicKey().hex())
                .put("signature", RequestSignatures.sign(account, RequestSignatures.retrieveText(Namespace.DEFAULT,
                        now)));
    }

    private static JsonNode call(HttpClient http, DevnetNode node, String method, ObjectNode params)
            throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("method", method);
        body.set("params", params);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(node.url() + "/storage_rpc/v1"))
                .timeout(DEADLINE).POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(method + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
