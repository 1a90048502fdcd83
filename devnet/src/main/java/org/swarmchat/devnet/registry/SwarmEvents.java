package org.swarmchat.devnet.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.devnet.swarm.SwarmSpace;

/**
 * What one block changed for one node, derived as oxen-storage-server's {@code derive_swarm_events} derives it
 * (SPEC §2.5), plus what a node that left needs to know.
 *
 * @param swarmId the node's swarm after the block; {@link SwarmSpace#INVALID_SWARM_ID} if it is in none
 * @param dissolved the node's swarm before the block no longer exists: push every record to the swarm its owner
 *     now maps to
 * @param newMembers nodes that joined the node's (unchanged) swarm: push every record to each of them
 * @param newSwarms swarms that did not exist before the block, when the node stayed in its swarm: push each record
 *     whose owner now maps to one of them to that swarm's members
 * @param left the node is in no swarm any more (removed or decommissioned); unless {@code dissolved}, its records
 *     may be erased
 */
public record SwarmEvents(long swarmId, boolean dissolved, List<Snode> newMembers, long[] newSwarms, boolean left) {
    private static final long[] NONE = new long[0];

    /** Copies the lists. */
    public SwarmEvents {
        newMembers = List.copyOf(newMembers);
        newSwarms = newSwarms.clone();
    }

    /** A copy of the new swarm ids. */
    @Override
    public long[] newSwarms() {
        return newSwarms.clone();
    }

    /** Whether this block asks the node to push anything. */
    public boolean needsHandOver() {
        return dissolved || !newMembers.isEmpty() || newSwarms.length > 0;
    }

    /** The events of {@code node} between {@code before} and {@code after}. */
    public static SwarmEvents derive(Ed25519PublicKey node, NetworkView before, NetworkView after) {
        long oldSwarm = before.swarmIdOf(node);
        long newSwarm = after.swarmIdOf(node);
        boolean oldValid = oldSwarm != SwarmSpace.INVALID_SWARM_ID;
        boolean dissolved = oldValid && oldSwarm != newSwarm && !after.hasSwarm(oldSwarm);
        if (newSwarm == SwarmSpace.INVALID_SWARM_ID) {
            return new SwarmEvents(newSwarm, dissolved, List.of(), NONE, oldValid);
        }
        if (!oldValid || oldSwarm != newSwarm) {
            // Just joined (nothing to hand over yet), or moved: if the old swarm survives its other members keep
            // its records, so only a dissolution calls for pushes.
            return new SwarmEvents(newSwarm, dissolved, List.of(), NONE, false);
        }
        List<Snode> joined = new ArrayList<>();
        for (Snode member : after.members(newSwarm)) {
            if (before.swarmIdOf(member.ed25519()) != newSwarm) {
                joined.add(member);
            }
        }
        long[] created = newSwarmIds(before, after);
        return new SwarmEvents(newSwarm, false, joined, created, false);
    }

    /** Swarm ids of {@code after} that {@code before} did not have. */
    public static long[] newSwarmIds(NetworkView before, NetworkView after) {
        return Arrays.stream(after.swarmIds()).filter(id -> !before.hasSwarm(id)).toArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SwarmEvents e && e.swarmId == swarmId && e.dissolved == dissolved && e.left == left
                && e.newMembers.equals(newMembers) && Arrays.equals(e.newSwarms, newSwarms);
    }

    @Override
    public int hashCode() {
        return Objects.hash(swarmId, dissolved, newMembers, Arrays.hashCode(newSwarms), left);
    }

    @Override
    public String toString() {
        return "SwarmEvents[swarm=" + SwarmSpace.hex(swarmId) + ", dissolved=" + dissolved + ", newMembers="
                + newMembers.size() + ", newSwarms=" + newSwarms.length + ", left=" + left + "]";
    }
}
