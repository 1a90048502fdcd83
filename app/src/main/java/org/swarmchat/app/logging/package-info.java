/**
 * Where the log goes: the rolling file {@code <data folder>/logs/swarmchat.log} and stderr, set up once per process
 * by {@link org.swarmchat.app.logging.LogSetup}. Everything else logs through SLF4J and never sees Logback.
 */
package org.swarmchat.app.logging;
