package org.swarmchat.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks over HTTPS that messages are where the swarm rules say they must be. */
final class SwarmChecks {
    private SwarmChecks() {
    }

    /**
     * Asserts that every member of each owner's current swarm returns every one of the owner's expected hashes.
     *
     * @return how many (member, message) pairs were checked
     */
    static int assertEveryMessageOnEveryMember(LocalDevnet devnet, DevnetClient client,
            Map<TestAccount, Set<String>> expected) throws IOException {
        int checked = 0;
        List<String> missing = new ArrayList<>();
        for (Map.Entry<TestAccount, Set<String>> e : expected.entrySet()) {
            DevnetSwarm swarm = devnet.swarmOf(e.getKey().id());
            for (DevnetNode member : swarm.members()) {
                Set<String> found = retrieveAll(client, member, e.getKey());
                for (String hash : e.getValue()) {
                    checked++;
                    if (!found.contains(hash)) {
                        missing.add(hash + " of " + e.getKey().id().substring(0, 10) + " on "
                                + member.ed25519().hex().substring(0, 10) + " (swarm " + swarm.hexId() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("messages missing from swarm members").isEmpty();
        return checked;
    }

    /** Every hash the member returns for the account's namespace 0, following {@code more}. */
    static Set<String> retrieveAll(DevnetClient client, DevnetNode member, TestAccount account) throws IOException {
        Set<String> out = new HashSet<>();
        String last = null;
        while (true) {
            var params = account.retrieve(0, System.currentTimeMillis());
            if (last != null) {
                params.put("last_hash", last);
            }
            DevnetClient.Reply reply = client.rpc(member, "retrieve", params);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            JsonNode body = reply.json();
            for (JsonNode m : body.get("messages")) {
                out.add(m.get("hash").asText());
                last = m.get("hash").asText();
            }
            if (!body.get("more").asBoolean()) {
                return out;
            }
        }
    }
}
