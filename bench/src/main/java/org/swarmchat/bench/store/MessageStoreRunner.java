package org.swarmchat.bench.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.swarmchat.app.store.IncomingMessage;
import org.swarmchat.app.store.Message;
import org.swarmchat.app.store.PageCursor;
import org.swarmchat.app.store.Store;
import org.swarmchat.crypto.AccountId;

/**
 * Figures of the app's message store, through its public API, on real SQLite files:
 * <ul>
 *   <li>{@code page [messages=100000]}: open a conversation of that many messages and load its newest page of 50
 *       (goal 20 ms), and a page deep in the history;</li>
 *   <li>{@code search [messages=1000000]}: full-text search for a rare word, a common word, a very common word and
 *       two-word queries, 50 results (goal 50 ms);</li>
 *   <li>{@code insert [messages=20000]}: messages stored per second, one per transaction (waiting for each, and
 *       queued without waiting) and 100 per transaction.</li>
 * </ul>
 * The page and search databases are built once under {@code bench/target/store-bench} (or the folder given as the
 * third argument) and reused. Usage: {@code MessageStoreRunner page|search|insert [messages] [folder]}.
 */
public final class MessageStoreRunner {
    static final int PAGE = 50;

    private MessageStoreRunner() {
    }

    /**
     * Runs one benchmark and prints its figures.
     *
     * @param args the benchmark, then optionally the message count and the folder for databases
     * @throws Exception if a database cannot be built or opened
     */
    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "page";
        Path root = args.length > 2 ? Path.of(args[2]) : Path.of("bench/target/store-bench");
        System.out.printf(Locale.ROOT, "%s; %d cores; %s%n", what, Runtime.getRuntime().availableProcessors(),
                loadAverage());
        switch (what) {
            case "page" -> page(root, args.length > 1 ? Long.parseLong(args[1]) : 100_000, 200);
            case "search" -> search(root, args.length > 1 ? Long.parseLong(args[1]) : 1_000_000, 20);
            case "insert" -> {
                Path dir = Files.createTempDirectory("store-insert-bench");
                insert(dir, args.length > 1 ? Integer.parseInt(args[1]) : 20_000);
            }
            default -> throw new IllegalArgumentException("page, search or insert, not " + what);
        }
        System.out.printf(Locale.ROOT, "after: %s%n", loadAverage());
    }

    /** Loads the newest page (and a deep one) of a conversation of {@code messages}; the median newest-page time. */
    static Map<String, Timings> page(Path root, long messages, int runs) throws Exception {
        Path dir = BenchDatabase.ensure(root, messages, 1);
        AccountId peer = BenchDatabase.peers(1).getFirst();
        Map<String, Timings> out = new LinkedHashMap<>();
        long openBegin = System.nanoTime();
        try (Store store = Store.open(dir, Optional.empty())) {
            long opened = System.nanoTime() - openBegin;
            long firstBegin = System.nanoTime();
            List<Message> first = store.read(t -> t.messages().page(peer, Optional.empty(), PAGE));
            long firstPage = System.nanoTime() - firstBegin;
            System.out.printf(Locale.ROOT, "open the store (incl. quick_check): %.0f ms; first newest page, cold: "
                    + "%.2f ms (%d messages)%n", opened / 1e6, firstPage / 1e6, first.size());
            Timings newest = new Timings(runs);
            Timings deep = new Timings(runs);
            Timings conversation = new Timings(runs);
            PageCursor middle = new PageCursor(1_600_000_000_000L + messages / 2 * 1000, Long.MAX_VALUE);
            for (int i = 0; i < runs + runs / 4; i++) {
                boolean measured = i >= runs / 4;
                long b = System.nanoTime();
                List<Message> page = store.read(t -> t.messages().page(peer, Optional.empty(), PAGE));
                long e = System.nanoTime();
                List<Message> older = store.read(t -> t.messages().page(peer, Optional.of(middle), PAGE));
                long f = System.nanoTime();
                store.read(t -> t.conversations().list(true));
                long g = System.nanoTime();
                if (page.size() != Math.min(PAGE, messages) || older.isEmpty()) {
                    throw new IllegalStateException("short page: " + page.size() + ", " + older.size());
                }
                if (measured) {
                    newest.add(e - b);
                    deep.add(f - e);
                    conversation.add(g - f);
                }
            }
            out.put("newest page of " + PAGE, newest);
            out.put("page of " + PAGE + " in the middle", deep);
            out.put("conversation list", conversation);
        }
        out.forEach((k, v) -> System.out.printf(Locale.ROOT, "%s over %,d messages: %s%n", k, messages, v));
        return out;
    }

    /** Searches a store of {@code messages}; the timings per query. */
    static Map<String, Timings> search(Path root, long messages, int runs) throws Exception {
        int peers = 200;
        Path dir = BenchDatabase.ensure(root, messages, peers);
        MessageCorpus corpus = new MessageCorpus(7);
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("rare word", MessageCorpus.RARE_WORD);
        queries.put("common word (rank 50)", corpus.word(50));
        queries.put("very common word (rank 1)", corpus.word(1));
        queries.put("two words (ranks 50 and 200)", corpus.word(50) + " " + corpus.word(200));
        queries.put("two words (ranks 10 and 20)", corpus.word(10) + " " + corpus.word(20));
        queries.put("two words (rare, rank 1)", MessageCorpus.RARE_WORD + " " + corpus.word(1));
        queries.put("prefix of 3 (rank 10)", corpus.word(10).substring(0, 3));
        Map<String, Timings> out = new LinkedHashMap<>();
        long openBegin = System.nanoTime();
        try (Store store = Store.open(dir, Optional.empty())) {
            System.out.printf(Locale.ROOT, "open the store (incl. quick_check): %.0f ms%n",
                    (System.nanoTime() - openBegin) / 1e6);
            for (Map.Entry<String, String> q : queries.entrySet()) {
                Timings timings = new Timings(runs);
                int found = 0;
                for (int i = 0; i < runs + 5; i++) {
                    long b = System.nanoTime();
                    found = store.read(t -> t.messages().search(q.getValue(), PAGE)).size();
                    if (i >= 5) {
                        timings.add(System.nanoTime() - b);
                    }
                }
                out.put(q.getKey(), timings);
                System.out.printf(Locale.ROOT, "search %s \"%s\" over %,d messages: %d found, %s%n", q.getKey(),
                        q.getValue(), messages, found, timings);
            }
        }
        return out;
    }

    /** Stores {@code count} messages three ways into fresh stores under {@code dir}; messages per second each. */
    static Map<String, Double> insert(Path dir, int count) {
        AccountId peer = BenchDatabase.peers(1).getFirst();
        MessageCorpus corpus = new MessageCorpus(11);
        Map<String, Double> out = new LinkedHashMap<>();
        int waited = Math.max(1, count / 4);
        try (Store store = Store.open(dir.resolve("one-by-one"), Optional.empty())) {
            long b = System.nanoTime();
            for (int i = 0; i < waited; i++) {
                IncomingMessage m = message(peer, corpus, i);
                store.writeAndWait(t -> t.messages().insertIncoming(m));
            }
            out.put("one per transaction, waiting for each", waited / ((System.nanoTime() - b) / 1e9));
        }
        try (Store store = Store.open(dir.resolve("queued"), Optional.empty())) {
            long b = System.nanoTime();
            List<CompletableFuture<Optional<Message>>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                IncomingMessage m = message(peer, corpus, i);
                futures.add(store.write(t -> t.messages().insertIncoming(m)));
            }
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
            out.put("one per transaction, queued (grouped commits)", count / ((System.nanoTime() - b) / 1e9));
        }
        try (Store store = Store.open(dir.resolve("batched"), Optional.empty())) {
            long b = System.nanoTime();
            for (int from = 0; from < count; from += 100) {
                int first = from;
                List<IncomingMessage> batch = new ArrayList<>();
                for (int i = first; i < Math.min(count, first + 100); i++) {
                    batch.add(message(peer, corpus, i));
                }
                store.writeAndWait(t -> {
                    batch.forEach(m -> t.messages().insertIncoming(m));
                    return null;
                });
            }
            out.put("100 per transaction", count / ((System.nanoTime() - b) / 1e9));
        }
        out.forEach((k, v) -> System.out.printf(Locale.ROOT, "insertIncoming, %s: %,.0f messages/s%n", k, v));
        return out;
    }

    private static IncomingMessage message(AccountId peer, MessageCorpus corpus, int i) {
        long sent = 1_600_000_000_000L + i * 1000L;
        return new IncomingMessage(peer, "hash-" + i, corpus.text(i), sent, sent + 10, sent + 86_400_000L);
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return "load average " + f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException | ArrayIndexOutOfBoundsException e) {
            return "load average unavailable";
        }
    }
}
