package org.swarmchat.devnet.node;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.swarmchat.devnet.store.NamespacedHash;

/**
 * The per-node result of {@code delete_all}, {@code delete_before} and {@code expire_all}: the affected hashes,
 * sorted, as a list for one namespace or as {@code {"<ns>": [...]}} for all, and the node's signature over
 * {@code signedPrefix} followed by every affected hash in sorted order.
 */
final class AffectedHashes {
    private AffectedHashes() {
    }

    static ObjectNode result(CallContext ctx, String key, List<NamespacedHash> affected, boolean allNamespaces,
            String signedPrefix) {
        List<NamespacedHash> sorted = new ArrayList<>(affected);
        sorted.sort(Comparator.comparing(NamespacedHash::hash));
        StringBuilder signed = new StringBuilder(signedPrefix);
        sorted.forEach(h -> signed.append(h.hash()));
        ObjectNode mine = Json.object();
        mine.put("signature", ctx.sign(signed.toString()));
        if (allNamespaces) {
            ObjectNode byNamespace = mine.putObject(key);
            for (NamespacedHash h : sorted) {
                String ns = Integer.toString(h.namespace());
                ArrayNode list = byNamespace.has(ns) ? (ArrayNode) byNamespace.get(ns) : byNamespace.putArray(ns);
                list.add(h.hash());
            }
        } else {
            ArrayNode list = mine.putArray(key);
            sorted.forEach(h -> list.add(h.hash()));
        }
        return mine;
    }
}
