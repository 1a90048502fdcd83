/**
 * Probes that print figures (startup time, memory) for the bench module; the only devnet code that writes to
 * standard output.
 */
package org.swarmchat.devnet.bench;
