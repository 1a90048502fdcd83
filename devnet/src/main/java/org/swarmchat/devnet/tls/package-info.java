/**
 * Self-signed server TLS for devnet nodes and the seed (EC P-256, Bouncy Castle PKIX), made lazily.
 */
package org.swarmchat.devnet.tls;
