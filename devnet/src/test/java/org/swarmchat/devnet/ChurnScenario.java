package org.swarmchat.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Stores messages for many accounts while nodes join and leave and swarms split and dissolve, the way a client
 * would store them (follow 421s, retry elsewhere when a node is gone), then checks that every message is on every
 * member of its owner's current swarm.
 */
final class ChurnScenario {
    private static final long TTL = Duration.ofDays(1).toMillis();

    private final int nodes;
    private final int accounts;
    private final int messages;
    private final Random random;
    private final DevnetClient client = new DevnetClient();
    private final Map<TestAccount, Set<String>> stored = new ConcurrentHashMap<>();
    private final AtomicInteger sent = new AtomicInteger();
    private int splits;
    private int dissolutions;

    ChurnScenario(int nodes, int accounts, int messages, long seed) {
        this.nodes = nodes;
        this.accounts = accounts;
        this.messages = messages;
        this.random = new Random(seed);
    }

    /** Runs the scenario; returns how many (member, message) pairs were checked. */
    int run() throws Exception {
        try (LocalDevnet devnet = LocalDevnet.builder().nodes(nodes).seed(random.nextLong()).rateLimited(false)
                .peerTimeout(Duration.ofSeconds(2)).start()) {
            List<TestAccount> owners = new ArrayList<>();
            for (int i = 0; i < accounts; i++) {
                TestAccount a = TestAccount.random(random);
                owners.add(a);
                stored.put(a, ConcurrentHashMap.newKeySet());
            }
            int before = messages / 2;
            storeConcurrently(devnet, owners, before, 8);
            try (ExecutorService storers = Executors.newVirtualThreadPerTaskExecutor()) {
                Future<?> during = storers.submit(() -> {
                    storeConcurrently(devnet, owners, messages - before, 4);
                    return null;
                });
                churn(devnet);
                during.get();
            }
            assertThat(sent.get()).isEqualTo(messages);
            assertThat(splits).as("swarms formed during churn").isPositive();
            assertThat(dissolutions).as("swarms dissolved during churn").isPositive();
            return SwarmChecks.assertEveryMessageOnEveryMember(devnet, client, stored);
        }
    }

    /** Grows the network until swarms split, shrinks it from its smallest swarms until some dissolve, grows again. */
    private void churn(LocalDevnet devnet) throws IOException {
        int grow = Math.max(8, nodes / 4);
        for (int i = 0; i < grow; i++) {
            change(devnet, true);
        }
        for (int i = 0; i < grow + 4; i++) {
            change(devnet, false);
        }
        for (int i = 0; i < 4; i++) {
            change(devnet, true);
        }
    }

    private void change(LocalDevnet devnet, boolean add) throws IOException {
        Set<Long> before = ids(devnet);
        if (add) {
            devnet.addNode();
        } else {
            long smallest = Arrays.stream(devnet.view().swarmIds()).boxed()
                    .min(Comparator.comparingInt(id -> devnet.view().members(id).size())).orElseThrow();
            List<DevnetNode> candidates = devnet.nodes().stream().filter(n -> n.swarmId() == smallest).toList();
            devnet.removeNode(candidates.get(random.nextInt(candidates.size())));
        }
        Set<Long> after = ids(devnet);
        splits += (int) after.stream().filter(id -> !before.contains(id)).count();
        dissolutions += (int) before.stream().filter(id -> !after.contains(id)).count();
    }

    private static Set<Long> ids(LocalDevnet devnet) {
        return Arrays.stream(devnet.view().swarmIds()).boxed().collect(Collectors.toSet());
    }

    private void storeConcurrently(LocalDevnet devnet, List<TestAccount> owners, int count, int threads)
            throws Exception {
        AtomicInteger left = new AtomicInteger(count);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long seed = random.nextLong();
                workers.add(pool.submit(() -> {
                    Random r = new Random(seed);
                    while (left.getAndDecrement() > 0) {
                        storeOne(devnet, owners.get(r.nextInt(owners.size())), r);
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        }
    }

    /** Stores one message as a client would: to a swarm member, following 421s, retrying on dead nodes. */
    private void storeOne(LocalDevnet devnet, TestAccount owner, Random r) throws IOException {
        int n = sent.incrementAndGet();
        byte[] data = ("churn message " + n + " for " + owner.id()).getBytes(StandardCharsets.UTF_8);
        List<String> targets = urls(devnet.swarmOf(owner.id()).members());
        for (int attempt = 0; attempt < 50; attempt++) {
            String url = targets.get(r.nextInt(targets.size()));
            DevnetClient.Reply reply;
            try {
                reply = client.post(url + "/storage_rpc/v1", "{\"method\":\"store\",\"params\":"
                        + owner.store(data, System.currentTimeMillis(), TTL) + "}");
            } catch (IOException e) {
                targets = urls(devnet.swarmOf(owner.id()).members()); // the node left; ask again
                continue;
            }
            if (reply.status() == 200) {
                stored.get(owner).add(reply.json().get("hash").asText());
                return;
            }
            if (reply.status() == 421) {
                List<String> fromReply = new ArrayList<>();
                for (JsonNode s : reply.json().get("snodes")) {
                    fromReply.add("https://" + s.get("ip").asText() + ":" + s.get("port_https").asInt());
                }
                targets = fromReply.isEmpty() ? urls(devnet.swarmOf(owner.id()).members()) : fromReply;
                continue;
            }
            targets = urls(devnet.swarmOf(owner.id()).members()); // 503 from a node on its way out
        }
        throw new AssertionError("could not store message " + n);
    }

    private static List<String> urls(List<DevnetNode> members) {
        return new ArrayList<>(members.stream().map(DevnetNode::url).collect(Collectors.toCollection(HashSet::new)));
    }
}
