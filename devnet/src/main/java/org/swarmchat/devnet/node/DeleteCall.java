package org.swarmchat.devnet.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** {@code delete} (SPEC §3.4.3): deletes messages by hash on every swarm member. */
final class DeleteCall extends RecursiveCall {
    private final UserPubkey pubkey;
    private final RequestAuth auth;
    private final List<String> messages;
    private final boolean required;

    private DeleteCall(JsonNode params, UserPubkey pubkey, RequestAuth auth, List<String> messages,
            boolean required) {
        super("delete", params);
        this.pubkey = pubkey;
        this.auth = auth;
        this.messages = messages;
        this.required = required;
    }

    static DeleteCall parse(JsonNode json) {
        Params p = new Params(json);
        Optional<List<String>> messages = p.strings("messages");
        Optional<String> pubkey = p.string("pubkey");
        Optional<String> pkEd = p.string("pubkey_ed25519");
        Optional<Boolean> required = p.bool("required");
        Optional<String> sig = p.string("signature");
        Optional<String> subaccount = p.string("subaccount");
        p.string("subaccount_sig");
        UserPubkey owner = ParseSupport.loadPubkey(pubkey);
        RequestAuth auth = RequestAuth.parse(owner, pkEd, sig);
        ParseSupport.noSubaccount(subaccount);
        List<String> hashes = ParseSupport.messageHashes(messages);
        return new DeleteCall(json, owner, auth, hashes, required.orElse(false));
    }

    /** The signed string: {@code "delete" + hash0 + hash1 + ...}. */
    String signedText() {
        return "delete" + ParseSupport.concat(messages);
    }

    @Override
    UserPubkey pubkey() {
        return pubkey;
    }

    @Override
    RpcResponse check(CallContext ctx) {
        return auth.verify(pubkey, signedText()) ? null
                : RpcResponse.text(401, "delete_msgs signature verification failed");
    }

    @Override
    ObjectNode apply(CallContext ctx) {
        List<String> deleted = new ArrayList<>(ctx.node().store().deleteByHashes(pubkey.hex(), messages));
        Collections.sort(deleted);
        ObjectNode mine = Json.object();
        ArrayNode list = mine.putArray("deleted");
        deleted.forEach(list::add);
        mine.put("signature", ctx.sign(pubkey.hex() + ParseSupport.concat(messages) + ParseSupport.concat(deleted)));
        return mine;
    }

    @Override
    RpcResponse finish(ObjectNode result, int status, CallContext ctx) {
        if (required && status == 200) {
            boolean deletedSome = false;
            for (JsonNode entry : result.path("swarm")) {
                if (entry.path("deleted").size() > 0) {
                    deletedSome = true;
                }
            }
            if (!deletedSome) {
                return RpcResponse.json(404, result);
            }
        }
        return RpcResponse.json(status, result);
    }
}
