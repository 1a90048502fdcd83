package org.swarmchat.devnet.node;

/** A storage RPC request whose parameters parsed; running it gives the answer. */
interface RpcCall {
    /** Runs the request on the node of {@code ctx}. */
    RpcResponse execute(CallContext ctx);
}
