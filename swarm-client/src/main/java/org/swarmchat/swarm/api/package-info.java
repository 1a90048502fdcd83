/**
 * The storage RPC as types (SPEC §3.4): requests that serialize their own params exactly as desktop sends them
 * and parse their replies ({@code StoreRequest}, {@code RetrieveRequest}, {@code DeleteRequest},
 * {@code ExpireRequest}, {@code GetSwarmRequest}, {@code GetServiceNodesRequest}, {@code InfoRequest}), the
 * results, {@link org.swarmchat.swarm.api.Snode}, the specific exceptions callers see, and the small
 * observable type services publish state with.
 */
package org.swarmchat.swarm.api;
