package org.swarmchat.app.ui.notify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swarmchat.crypto.AccountId;

/**
 * New messages waiting to be announced, folded per conversation: fifty messages from Alice become one notification
 * "50 new messages from Alice" with the latest one's start, and more than {@link #MAX_CONVERSATIONS} conversations at
 * once become a single summary. Not thread-safe: {@link IncomingNotifications} uses it on the JavaFX thread.
 */
final class PendingMessages {
    /** Conversations announced one by one; more at once get one summary. */
    static final int MAX_CONVERSATIONS = 3;
    /** How much of a message a notification shows, in characters. */
    static final int SNIPPET = 100;

    private final Map<AccountId, Waiting> byPeer = new LinkedHashMap<>();

    private static final class Waiting {
        private String name;
        private String latest;
        private int count;
    }

    /** Adds a message from {@code peer}, who goes by {@code name}. */
    void add(AccountId peer, String name, String text) {
        Waiting waiting = byPeer.computeIfAbsent(peer, p -> new Waiting());
        waiting.name = name;
        waiting.latest = text;
        waiting.count++;
    }

    /** Forgets the messages of {@code peer} (the user is reading them). */
    void remove(AccountId peer) {
        byPeer.remove(peer);
    }

    /** The conversations with waiting messages. */
    List<AccountId> peers() {
        return List.copyOf(byPeer.keySet());
    }

    boolean isEmpty() {
        return byPeer.isEmpty();
    }

    /** The notifications for everything waiting, which is then forgotten. */
    List<Notification> drain() {
        List<Notification> out = new ArrayList<>();
        if (byPeer.size() <= MAX_CONVERSATIONS) {
            for (Waiting w : byPeer.values()) {
                String title = w.count == 1 ? w.name : w.count + " new messages from " + w.name;
                out.add(new Notification(title, snippet(w.latest)));
            }
        } else {
            int total = byPeer.values().stream().mapToInt(w -> w.count).sum();
            List<String> names = byPeer.values().stream().map(w -> w.name).toList();
            out.add(new Notification(total + " new messages in " + names.size() + " conversations",
                    "From " + String.join(", ", names.subList(0, MAX_CONVERSATIONS)) + " and "
                            + (names.size() - MAX_CONVERSATIONS) + " more"));
        }
        byPeer.clear();
        return out;
    }

    /** The start of {@code text} on one line: runs of white space become one space, then {@link #SNIPPET} at most. */
    static String snippet(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.codePointCount(0, line.length()) <= SNIPPET) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, SNIPPET)).stripTrailing() + "…";
    }
}
