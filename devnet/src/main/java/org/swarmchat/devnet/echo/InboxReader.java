package org.swarmchat.devnet.echo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.request.Namespace;
import org.swarmchat.crypto.request.RequestSignatures;

/**
 * Reads the echo contact's namespace 0 from its own swarm: a signed {@code retrieve} with the {@code last_hash} the
 * journal holds for that node (SPEC §3.4.2), from one member, trying the next member when one fails and following a
 * 421 to the right swarm. Not thread-safe: the echo contact's one thread uses it.
 */
final class InboxReader {
    private static final Logger LOG = LoggerFactory.getLogger(InboxReader.class);
    private static final int HASH_LENGTH = 43;

    private final Ed25519KeyPair account;
    private final String accountHex;
    private final SnodeRpc rpc;
    private final SwarmLocator swarms;
    private final EchoJournal journal;
    private final Clock clock;

    /** One message as {@code retrieve} lists it; {@code data} is left unchecked (it may be anything). */
    record Retrieved(String hash, long expiration, String data) {
    }

    /**
     * What one node returned.
     *
     * @param node the node that answered; the last hash of {@code messages} is its next {@code last_hash}
     * @param more whether the node holds more after these
     */
    record Batch(NodeAddress node, List<Retrieved> messages, boolean more) {
    }

    InboxReader(Ed25519KeyPair account, SnodeRpc rpc, SwarmLocator swarms, EchoJournal journal, Clock clock) {
        this.account = account;
        this.accountHex = AccountId.of(account).hex();
        this.rpc = rpc;
        this.swarms = swarms;
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * Retrieves what is new on one member of the own swarm.
     *
     * @return the batch, or empty if no member answered
     * @throws InterruptedException if interrupted
     * @throws SQLException if the journal fails
     */
    Optional<Batch> read() throws InterruptedException, SQLException {
        List<NodeAddress> members;
        try {
            members = swarms.membersOf(accountHex);
        } catch (IOException e) {
            LOG.warn("echo contact: cannot find its own swarm: {}", e.getMessage());
            return Optional.empty();
        }
        for (NodeAddress node : members) {
            try {
                SnodeRpc.Reply reply = rpc.call(node, "retrieve", params(node));
                if (reply.status() == 200) {
                    return Optional.of(parse(node, reply.json()));
                }
                if (reply.status() == 421) {
                    // The swarm changed: the next poll goes to the swarm the node named.
                    swarms.misdirected(accountHex, reply);
                    return Optional.empty();
                }
                LOG.debug("echo contact: retrieve on {} answered {} {}", node.shortName(), reply.status(),
                        reply.body());
            } catch (IOException e) {
                LOG.debug("echo contact: retrieve on {} failed: {}", node.shortName(), e.toString());
            }
            swarms.failed(accountHex, node);
        }
        return Optional.empty();
    }

    private ObjectNode params(NodeAddress node) throws SQLException {
        long now = clock.millis();
        ObjectNode p = SnodeRpc.JSON.createObjectNode();
        p.put("pubkey", accountHex);
        p.put("namespace", 0);
        p.put("timestamp", now);
        p.put("pubkey_ed25519", account.publicKey().hex());
        p.put("signature", RequestSignatures.sign(account, RequestSignatures.retrieveText(Namespace.DEFAULT, now)));
        journal.lastHash(node.ed25519Hex(), now).ifPresent(h -> p.put("last_hash", h));
        return p;
    }

    private static Batch parse(NodeAddress node, JsonNode body) throws IOException {
        JsonNode messages = body.path("messages");
        if (!messages.isArray()) {
            throw new IOException("retrieve on " + node.shortName() + " gave no messages array");
        }
        List<Retrieved> out = new ArrayList<>();
        for (JsonNode m : messages) {
            String hash = m.path("hash").asText("");
            if (hash.length() != HASH_LENGTH) {
                LOG.warn("echo contact: {} listed a message without a valid hash; skipped", node.shortName());
                continue;
            }
            out.add(new Retrieved(hash, m.path("expiration").asLong(0), m.path("data").asText(null)));
        }
        return new Batch(node, out, body.path("more").asBoolean(false));
    }
}
