/**
 * A small HTTPS layer over the JDK's HttpsServer: exact-path routes, faults applied before each request, stop and
 * restart on the same port.
 */
package org.swarmchat.devnet.http;
