package org.swarmchat.app.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One search over the blind index. Every query word becomes one term; the terms are counted (up to a cap) and
 * taken rarest first. Then one of two plans, whichever reads fewer rows: walk the rarest term's postings and keep the
 * messages that have the other terms too (probing the index before reading a message), ordered by time; or, when the
 * terms are common enough that matches are dense, walk all messages newest first and keep those that have every term,
 * stopping at the limit. Candidates are opened and checked against
 * the query words, because a 64-bit term may collide; more are fetched while too few pass.
 */
final class MessageSearch {
    /** Counting a posting stops here: beyond it a term is "common" and the time-ordered walk is cheaper. */
    private static final int COUNT_CAP = 20_000;
    private static final int EXTRA = 8;

    private final Tx tx;
    private final MessageDao messages;

    MessageSearch(Tx tx, MessageDao messages) {
        this.tx = tx;
        this.messages = messages;
    }

    List<Message> search(String query, int limit) {
        List<BlindIndex.QueryTerm> words = tx.index().query(query);
        if (limit <= 0 || words.isEmpty()) {
            return List.of();
        }
        record Counted(long term, long count) {
        }
        Set<Long> distinct = new LinkedHashSet<>();
        words.forEach(w -> distinct.add(w.term()));
        List<Counted> terms = new ArrayList<>();
        for (long term : distinct) {
            long count = tx.db().queryLong("SELECT count(*) FROM (SELECT 1 FROM search_index WHERE token = ? LIMIT ?)",
                    ps -> {
                        ps.setLong(1, term);
                        ps.setInt(2, COUNT_CAP);
                    }, 0);
            if (count == 0) {
                return List.of();
            }
            terms.add(new Counted(term, count));
        }
        terms.sort(Comparator.comparingLong(Counted::count));
        long rarest = terms.getFirst().count();
        double total = Math.max(1, tx.db().queryLong("SELECT max(id) FROM messages"));
        // Walking by time probes about limit / (the share of messages that match) messages, taking the terms as
        // independent; walking the posting probes each of its entries (at least the capped count).
        double share = 1;
        for (Counted t : terms) {
            share *= Math.min(1, t.count() / total);
        }
        boolean walkByTime = limit / share < rarest;
        StringBuilder sql = new StringBuilder("SELECT ").append(columns());
        int firstExists;
        if (walkByTime) {
            sql.append(" FROM messages m INDEXED BY messages_by_time WHERE ");
            firstExists = 0;
        } else {
            sql.append(" FROM search_index s CROSS JOIN messages m ON m.id = s.message_id WHERE s.token = ? AND ");
            firstExists = 1;
        }
        // In the posting walk the other terms are probed on the posting's own message id, so that SQLite checks them
        // before it looks the message up: only messages with every term are read.
        String probed = walkByTime ? "m.id" : "s.message_id";
        for (int i = firstExists; i < terms.size(); i++) {
            sql.append("EXISTS (SELECT 1 FROM search_index x WHERE x.token = ? AND x.message_id = ").append(probed)
                    .append(") AND ");
        }
        sql.append("(m.sent_at, m.id) < (?, ?) ORDER BY m.sent_at DESC, m.id DESC LIMIT ?");
        String statement = sql.toString();

        List<Message> found = new ArrayList<>();
        long beforeSent = Long.MAX_VALUE;
        long beforeId = Long.MAX_VALUE;
        int batch = limit + EXTRA;
        while (found.size() < limit) {
            long sent = beforeSent;
            long id = beforeId;
            List<Message> candidates = tx.db().query(statement, ps -> {
                int p = 1;
                for (Counted t : terms) {
                    ps.setLong(p++, t.term());
                }
                ps.setLong(p++, sent);
                ps.setLong(p++, id);
                ps.setInt(p, batch);
            }, messages::map);
            for (Message m : candidates) {
                if (found.size() < limit && BlindIndex.matches(m.text(), words)) {
                    found.add(m);
                }
            }
            if (candidates.size() < batch) {
                break;
            }
            beforeSent = candidates.getLast().sentAtMillis();
            beforeId = candidates.getLast().id();
        }
        return found;
    }

    private static String columns() {
        return "m.id, m.peer, m.direction, m.sender, m.text_sealed, m.sent_at, m.received_at, m.hash, m.state, "
                + "m.stored_on, m.failure, m.expires_at";
    }
}
