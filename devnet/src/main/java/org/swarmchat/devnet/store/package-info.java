/**
 * Each node's messages in its own SQLite file, with oxen-storage-server's storage semantics, and the cap on open
 * connections.
 */
package org.swarmchat.devnet.store;
