package org.swarmchat.app.store;

/**
 * Where a page of messages ends: the next page holds the messages strictly older than this position in the order
 * (sent time, then id), newest first.
 *
 * @param sentAtMillis the sent time of the last message of the previous page
 * @param id the id of that message
 */
public record PageCursor(long sentAtMillis, long id) {
    /** The cursor just past {@code m}. */
    public static PageCursor of(Message m) {
        return new PageCursor(m.sentAtMillis(), m.id());
    }
}
