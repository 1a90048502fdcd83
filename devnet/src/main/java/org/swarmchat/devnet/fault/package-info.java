/**
 * Explicit fault injection for devnet nodes, in-process only.
 */
package org.swarmchat.devnet.fault;
