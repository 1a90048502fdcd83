package org.swarmchat.bench.devnet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.swarmchat.devnet.DevnetNode;

/**
 * One client thread of the store benchmark: until its deadline, stores a random message of the given size to a
 * random account's swarm, directly (no onion) to a random member of that swarm, in namespace 0 as a 1:1 message is
 * stored (no signature needed, SPEC §3.4.1), and checks that the {@code swarm} map of the answer holds a result
 * from every member with none failed.
 */
final class StoreWorker implements Callable<StoreTally> {
    /** How long a message lives: long enough to outlast the run, short enough to be a realistic TTL. */
    static final long TTL_MS = Duration.ofHours(1).toMillis();
    /** The deadline of one store request. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64 = Base64.getEncoder();

    private final StorePoster http;
    private final List<BenchAccount> accounts;
    private final int messageSize;
    private final long deadlineNanos;
    private final SplittableRandom random;
    private final int keepOneIn;

    /**
     * A worker.
     *
     * @param http the shared client (keeps connections alive)
     * @param accounts the accounts to store to
     * @param messageSize the bytes of each message before base64
     * @param deadlineNanos when to stop, on {@link System#nanoTime()}
     * @param random this worker's own generator
     * @param keepOneIn keep the hash of one confirmed store in this many for the replica check
     */
    StoreWorker(StorePoster http, List<BenchAccount> accounts, int messageSize, long deadlineNanos,
            SplittableRandom random, int keepOneIn) {
        this.http = http;
        this.accounts = accounts;
        this.messageSize = messageSize;
        this.deadlineNanos = deadlineNanos;
        this.random = random;
        this.keepOneIn = keepOneIn;
    }

    @Override
    public StoreTally call() {
        StoreTally tally = new StoreTally();
        byte[] data = new byte[messageSize];
        while (System.nanoTime() < deadlineNanos) {
            BenchAccount account = accounts.get(random.nextInt(accounts.size()));
            DevnetNode entry = account.swarm().get(random.nextInt(account.swarm().size()));
            random.nextBytes(data);
            storeOnce(tally, account, entry, data);
        }
        return tally;
    }

    private void storeOnce(StoreTally tally, BenchAccount account, DevnetNode entry, byte[] data) {
        ObjectNode params = JSON.createObjectNode()
                .put("pubkey", account.id().hex())
                .put("timestamp", System.currentTimeMillis())
                .put("ttl", TTL_MS)
                .put("namespace", 0)
                .put("data", BASE64.encodeToString(data));
        ObjectNode body = JSON.createObjectNode().put("method", "store");
        body.set("params", params);
        long begin = System.nanoTime();
        StorePoster.Reply response;
        try {
            response = http.post(entry.url() + "/storage_rpc/v1", JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            tally.fail(e.toString());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tally.fail("interrupted");
            return;
        }
        long elapsed = System.nanoTime() - begin;
        if (response.status() != 200) {
            tally.fail("HTTP " + response.status() + ": " + new String(response.body()));
            return;
        }
        JsonNode reply;
        try {
            reply = JSON.readTree(response.body());
        } catch (IOException e) {
            tally.fail("not JSON: " + e.getMessage());
            return;
        }
        if (!everyMemberHolds(reply.path("swarm"), account.swarm())) {
            tally.partial++;
            return;
        }
        tally.replicated++;
        tally.latencies.add(elapsed);
        if (random.nextInt(keepOneIn) == 0) {
            tally.stored.add(new StoreTally.StoredSample(account, reply.path("hash").asText()));
        }
    }

    private static boolean everyMemberHolds(JsonNode swarm, List<DevnetNode> members) {
        for (DevnetNode member : members) {
            JsonNode result = swarm.path(member.ed25519().hex());
            if (!result.isObject() || result.has("failed") || !result.path("hash").isTextual()) {
                return false;
            }
        }
        return true;
    }
}
