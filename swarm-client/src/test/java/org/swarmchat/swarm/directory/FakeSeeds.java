package org.swarmchat.swarm.directory;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.api.SnodeJson;
import org.swarmchat.swarm.transport.Deadline;
import org.swarmchat.swarm.transport.HttpReply;
import org.swarmchat.swarm.transport.HttpTransport;
import org.swarmchat.swarm.transport.TransportException;

/**
 * A fake seed side of the transport for pool unit tests: seeds answer {@code get_n_service_nodes} with a set
 * list, refuse connections, or answer garbage. (Integration tests use the devnet's real seed.)
 */
final class FakeSeeds implements HttpTransport {
    final Map<String, List<Snode>> lists = new ConcurrentHashMap<>();
    final Map<String, byte[]> raw = new ConcurrentHashMap<>();
    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<byte[]> bodies = new CopyOnWriteArrayList<>();

    @Override
    public HttpReply post(String url, byte[] body, String contentType, Deadline deadline) throws TransportException {
        calls.add(url);
        bodies.add(body);
        if (raw.containsKey(url)) {
            return new HttpReply(200, raw.get(url));
        }
        List<Snode> list = lists.get(url);
        if (list == null) {
            throw new TransportException(TransportException.Kind.CONNECT, url, "refused", null);
        }
        return new HttpReply(200, reply(list, true));
    }

    static byte[] reply(List<Snode> list, boolean withNoProofNode) {
        ObjectNode json = SnodeJson.object();
        json.put("jsonrpc", "2.0");
        json.put("id", 0);
        ObjectNode result = json.putObject("result");
        ArrayNode states = result.putArray("service_node_states");
        List<Snode> all = new ArrayList<>(list);
        for (Snode n : all) {
            ObjectNode s = states.addObject();
            s.put("public_ip", n.ip());
            s.put("storage_port", n.port());
            s.put("pubkey_ed25519", n.ed25519().hex());
            s.put("pubkey_x25519", n.x25519().hex());
            s.put("requested_unlock_height", 0);
        }
        if (withNoProofNode) {
            ObjectNode s = states.addObject();
            s.put("public_ip", "0.0.0.0");
            s.put("storage_port", 0);
            s.put("pubkey_ed25519", "00".repeat(32));
            s.put("pubkey_x25519", "00".repeat(32));
        }
        result.put("height", 100);
        return SnodeJson.bytes(json);
    }
}
