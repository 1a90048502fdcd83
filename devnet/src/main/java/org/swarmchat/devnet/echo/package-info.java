/**
 * The devnet's echo contact: an account the devnet runs that answers every 1:1 message it receives, through the
 * same storage RPC every client uses. {@link org.swarmchat.devnet.echo.EchoContact} is the entry point;
 * {@link org.swarmchat.devnet.echo.LoopbackHttps} is the HTTPS client it (and tests) use against devnet nodes.
 */
package org.swarmchat.devnet.echo;
