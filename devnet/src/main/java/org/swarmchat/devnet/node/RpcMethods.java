package org.swarmchat.devnet.node;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The storage RPC methods the devnet serves, by name, each with its parser. Not served: the group subaccount
 * methods ({@code revoke_subaccount}, {@code unrevoke_subaccount}, {@code revoked_subaccounts}), which 1:1
 * messaging does not use.
 */
final class RpcMethods {
    /** Methods that contain other requests and may not be nested in a batch. */
    static final Set<String> META = Set.of("batch", "sequence", "ifelse");

    private final Map<String, Function<JsonNode, RpcCall>> parsers = Map.ofEntries(
            Map.entry("store", StoreCall::parse),
            Map.entry("retrieve", RetrieveCall::parse),
            Map.entry("delete", DeleteCall::parse),
            Map.entry("delete_all", DeleteAllCall::parse),
            Map.entry("delete_before", DeleteBeforeCall::parse),
            Map.entry("expire", ExpireCall::parse),
            Map.entry("expire_all", ExpireAllCall::parse),
            Map.entry("get_expiries", GetExpiriesCall::parse),
            Map.entry("get_swarm", GetSwarmCall::parse),
            Map.entry("get_snodes_for_pubkey", GetSwarmCall::parse),
            Map.entry("info", params -> new InfoCall()),
            Map.entry("oxend_request", OxendRequestCall::parse),
            Map.entry("batch", params -> BatchCall.parse(params, this, false)),
            Map.entry("sequence", params -> BatchCall.parse(params, this, true)),
            Map.entry("ifelse", params -> IfElseCall.parse(params, this)));

    /** Whether a method of this name exists. */
    boolean has(String method) {
        return parsers.containsKey(method);
    }

    /**
     * Parses {@code params} for {@code method}.
     *
     * @throws RpcParseException if they do not parse
     * @throws IllegalArgumentException if there is no such method
     */
    RpcCall parse(String method, JsonNode params) {
        Function<JsonNode, RpcCall> parser = parsers.get(method);
        if (parser == null) {
            throw new IllegalArgumentException("no method " + method);
        }
        return parser.apply(params);
    }
}
