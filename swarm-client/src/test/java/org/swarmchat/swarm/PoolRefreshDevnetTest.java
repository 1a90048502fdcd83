package org.swarmchat.swarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.swarmchat.devnet.LocalDevnet;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.directory.InMemorySnodePoolStore;
import org.swarmchat.swarm.directory.SnodePool;
import org.swarmchat.swarm.transport.Deadline;
import org.swarmchat.swarm.transport.HttpTransport;
import org.swarmchat.swarm.transport.OkHttpTransport;

/**
 * SPEC §1.2-§1.3 against real devnet nodes: the seed's list, then a refresh from three nodes'
 * {@code oxend_request get_service_nodes} under the agreement rule, on a devnet smaller than desktop's threshold
 * of 24 (the effective threshold is what the network can give).
 */
class PoolRefreshDevnetTest {
    private static LocalDevnet small;

    @BeforeAll
    static void start() throws Exception {
        small = LocalDevnet.builder().nodes(12).start();
    }

    @AfterAll
    static void stop() {
        if (small != null) {
            small.close();
        }
    }

    private final AtomicInteger seedCalls = new AtomicInteger();

    private SwarmWiring wiring(LocalDevnet devnet, InMemorySnodePoolStore store) {
        HttpTransport real = OkHttpTransport.forSnodes(new SecureRandom(), Duration.ofSeconds(2));
        HttpTransport counting = (url, body, type, deadline) -> {
            if (url.endsWith("/json_rpc")) {
                seedCalls.incrementAndGet();
            }
            return real.post(url, body, type, deadline);
        };
        return SwarmWiring.build(SwarmClientConfig.builder().seed(URI.create(devnet.seedUrl())).onion(false)
                .transport(counting).snodePoolStore(store).minPoolSize(5).requestTimeout(Duration.ofSeconds(20))
                .attemptTimeout(Duration.ofSeconds(4)).build());
    }

    @Test
    void aSmallDevnetSeedsAndRefreshesItsWholePool() throws Exception {
        InMemorySnodePoolStore store = new InMemorySnodePoolStore();
        SnodePool pool = wiring(small, store).pool();

        pool.ensureReady(Deadline.after(Duration.ofSeconds(20)));
        assertThat(pool.size()).isEqualTo(12);
        var seededAt = pool.refreshedAt();
        Thread.sleep(5);
        pool.refresh(Deadline.after(Duration.ofSeconds(20)));

        assertThat(pool.refreshedAt()).isAfter(seededAt);
        assertThat(pool.snapshot()).extracting(Snode::port).containsExactlyInAnyOrderElementsOf(
                small.nodes().stream().map(n -> n.port()).toList());
        assertThat(store.load().orElseThrow().nodes()).hasSize(12);
        assertThat(seedCalls).as("the refresh came from the nodes, not the seed").hasValue(1);
    }
}
