/**
 * A small HTTPS layer of its own: HTTP/1.1 with keep-alive on JSSE server sockets, one virtual thread per
 * connection, exact-path routes, faults applied before each request, stop and restart on the same port.
 */
package org.swarmchat.devnet.http;
