/**
 * The devnet: a local Session network whose storage nodes behave like session-storage-server, for tests, demos
 * and the app's embedded default network. {@link org.swarmchat.devnet.LocalDevnet} is the entry point.
 *
 * <h2>Design decisions</h2>
 * <ul>
 *   <li><b>Real sockets, real formats.</b> Every node is an HTTPS server of its own on 127.0.0.1 with a
 *       self-signed EC P-256 certificate; clients reach it exactly as they reach mainnet snodes. The devnet parses
 *       requests with its own code (package {@code node}), independent of the swarm client, so a client bug cannot
 *       mirror itself into the server and pass unnoticed.</li>
 *   <li><b>The seed.</b> {@link org.swarmchat.devnet.LocalDevnet#seedUrl()} is {@code https://127.0.0.1:P}, served
 *       by a small seed server of its own ({@code POST /json_rpc} with {@code get_n_service_nodes} and
 *       {@code get_service_nodes}, {@code GET /info}), as mainnet seeds are oxend endpoints separate from the
 *       storage servers. Every node answers the same two paths too.</li>
 *   <li><b>oxend.</b> The {@link org.swarmchat.devnet.registry.Registry} assigns random 64-bit swarm ids and keeps
 *       swarms at 5-7 nodes ({@link org.swarmchat.devnet.registry.SwarmRules}; oxend's maximum is 10), splitting
 *       and dissolving them as nodes join and leave. Each change is a block with a height.</li>
 *   <li><b>Blocks are atomic.</b> A block is applied under a devnet-wide gate
 *       ({@link org.swarmchat.devnet.registry.BlockGate}): every node learns of it and the records are handed over
 *       (SPEC §2.5) before any request runs under the new view. Real nodes see a block a few seconds apart; the
 *       devnet closes that window so that "no message is lost across churn" is a testable property.</li>
 *   <li><b>Replication.</b> Recursive requests reach swarm peers over an in-process channel, as real nodes
 *       replicate over OxenMQ rather than their client HTTPS port; each peer still parses, checks, signs and
 *       applies its own faults, and the entry node still builds the {@code swarm} map.</li>
 *   <li><b>Persistence.</b> Each node keeps its messages in its own SQLite file; identities, ports, swarms and the
 *       height are saved in {@code devnet.json}, so a devnet restarted on the same data directory comes back
 *       whole. Expired messages are purged every 10 s by one scheduler thread for the whole devnet.</li>
 *   <li><b>Scale.</b> 2,000 nodes in one JVM: keys are derived in parallel, certificates are made on the first
 *       handshake, each node's HTTPS listener is a server socket whose accept loop and connections are virtual
 *       threads on one shared executor (no selector or timer thread per node), and SQLite files are opened lazily
 *       under a cap on open connections ({@link org.swarmchat.devnet.store.OpenStores}). Figures and the
 *       commands that reproduce them: {@code docs/PERFORMANCE.md}.</li>
 *   <li><b>Faults.</b> {@link org.swarmchat.devnet.fault.FaultControl} stops and starts nodes, drops, delays or
 *       garbles a share of requests, and skews clocks, in-process only.</li>
 *   <li><b>Onion requests.</b> Every node serves {@code /onion_req/v2} ({@link org.swarmchat.devnet.onion}); a
 *       relay reaches the next node over real HTTPS, so the next node's faults hit onion paths too.</li>
 *   <li><b>Recording.</b> For privacy tests, each node can record what it saw of every request: the connection's
 *       origin and what it could decrypt ({@link org.swarmchat.devnet.recording}). Off by default.</li>
 * </ul>
 *
 * <p>Around the nodes: the echo contact ({@link org.swarmchat.devnet.echo.EchoContact}), an account the devnet runs
 * that answers every 1:1 message, so that a first-time user has someone to talk to; and the {@code swarmchat devnet}
 * command, which runs a devnet from the command line and lives in the app module.
 */
package org.swarmchat.devnet;
