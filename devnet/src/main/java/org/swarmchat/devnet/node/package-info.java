/**
 * Storage nodes: {@link org.swarmchat.devnet.node.StorageNode} and the server side of the storage RPC.
 *
 * <h2>How a request runs</h2>
 * {@link org.swarmchat.devnet.http.HttpsListener} applies the node's faults, then routes by method and exact
 * path. {@code /storage_rpc/v1} checks the long-poll header (410) and the per-IP rate limit (429), enters the
 * block gate, answers 503 if the node is in no swarm, and hands the body to {@code RpcDispatcher}: envelope errors
 * are 400 plain text as in SPEC §3.2; each method has a parser that mirrors oxen-storage-server's field rules and
 * error texts ({@code Params}, {@code ParseSupport}) and a call object that runs it with a {@code CallContext}
 * (the node, the view the request is judged by, the node's time, whether a peer forwarded it).
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>Recursive methods</b> ({@code store}, {@code delete}, {@code delete_all}, {@code delete_before},
 *       {@code expire}, {@code expire_all}) share {@code RecursiveCall}: ownership (421), clock and signature
 *       checks, forwarding to every peer before applying locally, the {@code swarm} map with each node's Ed25519
 *       signature, 200 if any member succeeded else 500. Forwarded requests are marked by the channel they arrive
 *       on and are never forwarded again; they get the 70 s forwarded tolerance where the server uses it.</li>
 *   <li><b>Peers</b> are reached through {@link org.swarmchat.devnet.node.PeerChannel}; the devnet's
 *       {@link org.swarmchat.devnet.node.InProcessPeers} runs the peer's handler with the peer's faults: on the
 *       entry's own thread when it answers at once, on a virtual thread of its own when its faults hold or drop
 *       the request. A stopped peer counts as a timeout without the 5 s wait; a dropping one makes the entry
 *       wait for its peer timeout.</li>
 *   <li><b>Signatures</b> of requests are verified here with the crypto module's Ed25519 and ed-to-x conversion;
 *       the signed strings are built by each call from its own parsed fields and are checked against
 *       {@code vectors/request_signatures.json}. Message hashes use Bouncy Castle's BLAKE2b
 *       ({@code vectors/message_hash.json}).</li>
 *   <li><b>Not served:</b> the group subaccount methods and subaccount authentication (refused with 400), and
 *       OxenMQ/QUIC. {@code oxend_request} serves {@code get_service_nodes} from the registry and answers
 *       {@code ons_resolve} with an empty result.</li>
 * </ul>
 */
package org.swarmchat.devnet.node;
