package org.swarmchat.bench.devnet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.swarmchat.crypto.request.Namespace;
import org.swarmchat.crypto.request.RequestSignatures;
import org.swarmchat.devnet.DevnetNode;

/**
 * Checks after a run that stored messages can be retrieved from every member of their swarm, as the recipient
 * would: a signed {@code retrieve} of namespace 0 (SPEC §3.4.2), page after page with {@code last_hash}, until the
 * hash turns up or the pages run out.
 */
final class ReplicaCheck {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;

    ReplicaCheck(HttpClient http) {
        this.http = http;
    }

    /**
     * The problems found for these samples, one line each (empty when every member returns every message).
     *
     * @throws IOException if a node cannot be reached
     */
    List<String> check(List<StoreTally.StoredSample> samples) throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        for (StoreTally.StoredSample sample : samples) {
            for (DevnetNode member : sample.account().swarm()) {
                if (!retrievable(sample, member)) {
                    problems.add(sample.hash() + " of " + sample.account().id().shortForm() + " missing on "
                            + member.url());
                }
            }
        }
        return problems;
    }

    private boolean retrievable(StoreTally.StoredSample sample, DevnetNode member)
            throws IOException, InterruptedException {
        String lastHash = "";
        while (true) {
            JsonNode page = retrieve(sample.account(), member, lastHash);
            JsonNode messages = page.path("messages");
            for (JsonNode message : messages) {
                if (sample.hash().equals(message.path("hash").asText())) {
                    return true;
                }
            }
            if (!page.path("more").asBoolean(false) || messages.isEmpty()) {
                return false;
            }
            lastHash = messages.get(messages.size() - 1).path("hash").asText();
        }
    }

    private JsonNode retrieve(BenchAccount account, DevnetNode member, String lastHash)
            throws IOException, InterruptedException {
        long now = System.currentTimeMillis();
        ObjectNode params = JSON.createObjectNode()
                .put("pubkey", account.id().hex())
                .put("pubkey_ed25519", account.keys().publicKey().hex())
                .put("namespace", 0)
                .put("timestamp", now)
                .put("last_hash", lastHash)
                .put("signature", RequestSignatures.sign(account.keys(),
                        RequestSignatures.retrieveText(Namespace.DEFAULT, now)));
        ObjectNode body = JSON.createObjectNode().put("method", "retrieve");
        body.set("params", params);
        HttpRequest request = HttpRequest.newBuilder(URI.create(member.url() + "/storage_rpc/v1"))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("retrieve from " + member.url() + " answered " + response.statusCode() + ": "
                    + new String(response.body()));
        }
        return JSON.readTree(response.body());
    }
}
