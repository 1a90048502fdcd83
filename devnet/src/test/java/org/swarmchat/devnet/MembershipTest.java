package org.swarmchat.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Joins, leaves, splits and dissolutions hand records over as SPEC §2.5 says, with nothing lost. */
class MembershipTest {
    private static final long DAY = 86_400_000L;
    private final DevnetClient client = new DevnetClient();
    private final Random random = new Random(17);
    private LocalDevnet devnet;

    @AfterEach
    void close() {
        if (devnet != null) {
            devnet.close();
        }
    }

    @Test
    void aJoiningNodeReceivesItsSwarmsRecords() throws IOException {
        devnet = LocalDevnet.builder().nodes(10).seed(1).rateLimited(false).start();
        Map<TestAccount, Set<String>> stored = storeSome(30, 3);
        long before = devnet.height();
        DevnetNode joined = devnet.addNode();
        assertThat(devnet.height()).isEqualTo(before + 1);
        assertThat(joined.swarmId()).isNotEqualTo(-1L);
        int onNewNode = 0;
        for (Map.Entry<TestAccount, Set<String>> e : stored.entrySet()) {
            if (devnet.swarmOf(e.getKey().id()).id() == joined.swarmId()) {
                assertThat(SwarmChecks.retrieveAll(client, joined, e.getKey())).containsAll(e.getValue());
                onNewNode += e.getValue().size();
            }
        }
        assertThat(onNewNode).as("the new node's swarm owns some of the messages").isPositive();
        SwarmChecks.assertEveryMessageOnEveryMember(devnet, client, stored);
    }

    @Test
    void aDissolvedSwarmsRecordsMoveToTheSwarmNowResponsible() throws IOException {
        devnet = LocalDevnet.builder().nodes(10).seed(2).rateLimited(false).start();
        assertThat(devnet.view().swarmCount()).isEqualTo(2);
        Map<TestAccount, Set<String>> stored = storeSome(30, 2);
        long doomed = devnet.view().swarmIds()[0];
        DevnetNode leaving = devnet.nodes().stream().filter(n -> n.swarmId() == doomed).findFirst().orElseThrow();
        devnet.removeNode(leaving);
        assertThat(devnet.view().hasSwarm(doomed)).isFalse();
        assertThat(devnet.node(leaving.ed25519())).isEmpty();
        assertThat(devnet.nodes()).hasSize(9);
        SwarmChecks.assertEveryMessageOnEveryMember(devnet, client, stored);
    }

    @Test
    void aSplitHandsRecordsToTheNewSwarm() throws IOException {
        devnet = LocalDevnet.builder().nodes(14).seed(3).rateLimited(false).start();
        assertThat(devnet.view().swarmCount()).isEqualTo(2);
        Map<TestAccount, Set<String>> stored = storeSome(40, 2);
        Set<Long> before = ids();
        devnet.addNode();
        Set<Long> after = ids();
        assertThat(after).hasSize(3);
        Set<Long> fresh = new HashSet<>(after);
        fresh.removeAll(before);
        assertThat(fresh).hasSize(1);
        long newSwarm = fresh.iterator().next();
        assertThat(stored.keySet().stream().filter(a -> devnet.swarmOf(a.id()).id() == newSwarm))
                .as("some owners moved to the new swarm").isNotEmpty();
        SwarmChecks.assertEveryMessageOnEveryMember(devnet, client, stored);
    }

    @Test
    void aDecommissionedNodeIsNotReadyUntilRecommissioned() throws IOException {
        devnet = LocalDevnet.builder().nodes(12).seed(4).rateLimited(false).start();
        Map<TestAccount, Set<String>> stored = storeSome(10, 2);
        DevnetNode node = devnet.nodes().get(5);
        devnet.decommission(node);
        DevnetNode out = devnet.node(node.ed25519()).orElseThrow();
        assertThat(out.swarmId()).isEqualTo(-1L);
        DevnetClient.Reply reply = client.rpc(out, "info", DevnetClient.JSON.createObjectNode());
        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.body()).isEqualTo("Service node is not ready: not in any swarm\n");
        var states = client.post(devnet.seedUrl() + "/json_rpc",
                "{\"method\":\"get_n_service_nodes\",\"params\":{\"active_only\":true}}").json()
                .get("result").get("service_node_states");
        assertThat(states).hasSize(11);
        devnet.recommission(out);
        assertThat(client.rpc(out, "info", DevnetClient.JSON.createObjectNode()).status()).isEqualTo(200);
        SwarmChecks.assertEveryMessageOnEveryMember(devnet, client, stored);
    }

    private Set<Long> ids() {
        return Arrays.stream(devnet.view().swarmIds()).boxed().collect(Collectors.toSet());
    }

    private Map<TestAccount, Set<String>> storeSome(int accounts, int perAccount) throws IOException {
        Map<TestAccount, Set<String>> out = new HashMap<>();
        for (int i = 0; i < accounts; i++) {
            TestAccount a = TestAccount.random(random);
            List<DevnetNode> members = devnet.swarmOf(a.id()).members();
            Set<String> hashes = new HashSet<>();
            for (int j = 0; j < perAccount; j++) {
                byte[] data = ("message " + i + "/" + j).getBytes(StandardCharsets.UTF_8);
                DevnetClient.Reply reply = client.rpc(members.get(j % members.size()), "store",
                        a.store(data, System.currentTimeMillis(), DAY));
                assertThat(reply.status()).as(reply.body()).isEqualTo(200);
                hashes.add(reply.json().get("hash").asText());
            }
            out.put(a, hashes);
        }
        return out;
    }
}
