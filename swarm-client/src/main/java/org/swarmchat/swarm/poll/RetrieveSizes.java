package org.swarmchat.swarm.poll;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.swarmchat.crypto.request.Namespace;

/**
 * {@code max_size} per namespace when several are retrieved in one batch (SPEC §7, desktop
 * {@code namespaces.ts maxSizeMap}): namespaces are grouped by priority (0 and 11 have 10, the rest 1); walking
 * the groups from the highest, a running divisor is multiplied by the group's size, plus one for every group but
 * the lowest (room left for the lower ones), and each namespace of the group gets {@code -divisor}, i.e. that
 * fraction of the node's size limit. {@code [0]} gives -1; {@code [0,2,3,5,4]} gives 0: -2, others: -8.
 */
final class RetrieveSizes {
    private RetrieveSizes() {
    }

    static int priority(Namespace namespace) {
        return namespace.value() == 0 || namespace.value() == 11 ? 10 : 1;
    }

    static Map<Namespace, Integer> maxSizes(List<Namespace> namespaces) {
        TreeMap<Integer, List<Namespace>> byPriority = new TreeMap<>();
        for (Namespace ns : namespaces) {
            byPriority.computeIfAbsent(priority(ns), p -> new ArrayList<>()).add(ns);
        }
        Map<Namespace, Integer> sizes = new LinkedHashMap<>();
        int lowest = byPriority.isEmpty() ? 0 : byPriority.firstKey();
        int split = 1;
        for (Map.Entry<Integer, List<Namespace>> group : byPriority.descendingMap().entrySet()) {
            split *= group.getValue().size() + (group.getKey() == lowest ? 0 : 1);
            for (Namespace ns : group.getValue()) {
                sizes.put(ns, -split);
            }
        }
        return sizes;
    }
}
