/**
 * Own-swarm polling (SPEC §7): {@link org.swarmchat.swarm.poll.SwarmPoller} on its virtual thread, its
 * {@link org.swarmchat.swarm.poll.PollListener}, and the {@link org.swarmchat.swarm.poll.PollStateStore} of last
 * hashes and seen hashes the app implements on SQLite.
 */
package org.swarmchat.swarm.poll;
