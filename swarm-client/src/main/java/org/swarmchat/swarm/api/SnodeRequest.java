package org.swarmchat.swarm.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Set;
import org.swarmchat.crypto.Ed25519PublicKey;

/**
 * One storage RPC request (SPEC §3.4), typed by what its reply parses into. A request serializes its own
 * {@code params} exactly as desktop sends them; timestamps and signatures are made at serialization time from
 * the network time given, so that a retry after a clock re-sync signs afresh.
 *
 * <p>Implementations are immutable records.
 *
 * @param <R> the parsed result of a successful (2xx) reply
 */
public interface SnodeRequest<R> {
    /** The RPC method name, e.g. {@code "store"}. */
    String method();

    /**
     * The {@code params} object, signed if the method needs it.
     *
     * @param networkNowMillis network time ({@code NetworkClock.nowMillis()}) for timestamps and signatures
     */
    ObjectNode params(long networkNowMillis);

    /**
     * Parses the body of a successful reply.
     *
     * @throws MalformedResponseException if the body lacks or mistypes what the method answers
     */
    R parse(JsonNode body) throws MalformedResponseException;

    /**
     * Judges the body of a successful reply for what an honest node never answers. By default the body must parse;
     * requests whose replies carry more to check (hashes, node signatures) say more.
     *
     * @param answeredBy the node that sent the reply
     * @return other nodes the reply reports on whose part does not hold up (they, or {@code answeredBy}, lie)
     * @throws MalformedResponseException if {@code answeredBy}'s reply is malformed or provably false
     */
    default Set<Ed25519PublicKey> check(JsonNode body, Ed25519PublicKey answeredBy)
            throws MalformedResponseException {
        parse(body);
        return Set.of();
    }

    /**
     * The 66-hex pubkey whose swarm must answer this request, or empty if any node can ({@code info},
     * {@code get_swarm}, {@code oxend_request}).
     */
    Optional<String> swarmPubkey();

    /** {@code {"method":…,"params":…}}, the form a request takes alone and inside a {@code batch}. */
    default ObjectNode toJson(long networkNowMillis) {
        ObjectNode json = SnodeJson.object();
        json.put("method", method());
        json.set("params", params(networkNowMillis));
        return json;
    }
}
