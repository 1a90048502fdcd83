package org.swarmchat.devnet.echo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.message.MessageOpener;
import org.swarmchat.crypto.message.MessageSealer;
import org.swarmchat.crypto.message.OpenedMessage;
import org.swarmchat.crypto.message.OutgoingText;
import org.swarmchat.crypto.request.Namespace;
import org.swarmchat.crypto.request.RequestSignatures;
import org.swarmchat.devnet.DevnetClient;
import org.swarmchat.devnet.DevnetNode;
import org.swarmchat.devnet.LocalDevnet;

/**
 * A person talking to the echo contact the way a client does: sealed messages stored in the echo contact's swarm,
 * answers retrieved from the own swarm and opened, all over real HTTPS. The swarms come from the devnet's registry.
 */
final class EchoUser {
    private static final long DAY = 86_400_000L;
    private final Ed25519KeyPair keys;
    private final AccountId id;
    private final LocalDevnet devnet;
    private final DevnetClient client = new DevnetClient();
    private final MessageSealer sealer = new MessageSealer(new SecureRandom());
    private final MessageOpener opener = new MessageOpener();

    EchoUser(LocalDevnet devnet, Ed25519KeyPair keys) {
        this.devnet = devnet;
        this.keys = keys;
        this.id = AccountId.of(keys);
    }

    /** A new user whose swarm is not the echo contact's, so that the answer has to cross swarms. */
    static EchoUser inAnotherSwarm(LocalDevnet devnet, SecureRandom random) {
        AccountId echo = devnet.echoAccountId().orElseThrow();
        long echoSwarm = devnet.swarmOf(echo).id();
        for (int i = 0; i < 100; i++) {
            EchoUser user = new EchoUser(devnet, Ed25519KeyPair.generate(random));
            if (devnet.swarmOf(user.id).id() != echoSwarm || devnet.view().swarmCount() == 1) {
                return user;
            }
        }
        throw new AssertionError("no account outside the echo contact's swarm in 100 tries");
    }

    AccountId id() {
        return id;
    }

    /** Seals {@code text} to the echo contact and stores it in its swarm; returns the stored hash. */
    String send(String text) throws IOException {
        AccountId echo = devnet.echoAccountId().orElseThrow();
        return storeRaw(echo, sealer.sealBase64(keys, echo, OutgoingText.of(text, System.currentTimeMillis())));
    }

    /** Stores any base64 data in {@code to}'s namespace 0, as anyone may; returns the stored hash. */
    String storeRaw(AccountId to, String base64) throws IOException {
        DevnetNode entry = devnet.swarmOf(to).members().get(0);
        ObjectNode p = DevnetClient.JSON.createObjectNode();
        p.put("pubkey", to.hex());
        p.put("timestamp", System.currentTimeMillis());
        p.put("ttl", DAY);
        p.put("data", base64);
        DevnetClient.Reply reply = client.rpc(entry, "store", p);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("hash").asText();
    }

    /** Every message in the own namespace 0 (from the first member of the own swarm), opened. */
    List<OpenedMessage> inbox() throws Exception {
        DevnetNode node = devnet.swarmOf(id).members().get(0);
        long now = System.currentTimeMillis();
        ObjectNode p = DevnetClient.JSON.createObjectNode();
        p.put("pubkey", id.hex());
        p.put("timestamp", now);
        p.put("pubkey_ed25519", keys.publicKey().hex());
        p.put("signature", RequestSignatures.sign(keys, RequestSignatures.retrieveText(Namespace.DEFAULT, now)));
        DevnetClient.Reply reply = client.rpc(node, "retrieve", p);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<OpenedMessage> out = new ArrayList<>();
        for (JsonNode m : reply.json().get("messages")) {
            out.add(opener.open(m.get("data").asText(), keys));
        }
        return out;
    }

    /** The texts of the answers the echo contact has stored for this user so far. */
    List<String> answers() throws Exception {
        AccountId echo = devnet.echoAccountId().orElseThrow();
        return inbox().stream().filter(m -> m.sender().equals(echo)).map(OpenedMessage::text).toList();
    }
}
