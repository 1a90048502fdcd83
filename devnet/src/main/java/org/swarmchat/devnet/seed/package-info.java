/**
 * The seed role: oxend JSON-RPC (get_n_service_nodes, get_service_nodes) and the network-info endpoint, served by
 * the seed server and by every node.
 */
package org.swarmchat.devnet.seed;
