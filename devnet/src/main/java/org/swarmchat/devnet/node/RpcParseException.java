package org.swarmchat.devnet.node;

/**
 * A request's parameters do not parse; the client gets 400 {@code "invalid request: " + message}, as
 * oxen-storage-server's {@code parse_error} gives it.
 */
final class RpcParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RpcParseException(String message) {
        super(message);
    }
}
