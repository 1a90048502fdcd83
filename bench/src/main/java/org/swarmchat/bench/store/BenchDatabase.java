package org.swarmchat.bench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.swarmchat.app.store.IncomingMessage;
import org.swarmchat.app.store.Store;
import org.swarmchat.crypto.AccountId;

/**
 * A store full of synthetic messages, built once into a folder and reused while its completion marker is there:
 * {@code messages} incoming messages from {@code peers} accounts, message i from peer i mod peers, sent one second
 * apart, in transactions of {@value #CHUNK}.
 */
final class BenchDatabase {
    private static final int CHUNK = 20_000;
    private static final String DONE = "complete";

    private BenchDatabase() {
    }

    /** The peer accounts of a database with this many peers: the same for every build. */
    static List<AccountId> peers(int count) {
        SplittableRandom random = new SplittableRandom(42);
        return Stream.generate(() -> {
            byte[] key = new byte[32];
            random.nextBytes(key);
            return AccountId.parse("05" + HexFormat.of().formatHex(key));
        }).limit(count).toList();
    }

    /** The folder of a database with this many messages and peers under {@code root}, built if absent. */
    static Path ensure(Path root, long messages, int peers) throws IOException {
        Path dir = root.resolve(String.format(Locale.ROOT, "store-%d-messages-%d-peers", messages, peers));
        if (Files.exists(dir.resolve(DONE))) {
            return dir;
        }
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(root);
        List<AccountId> accounts = peers(peers);
        MessageCorpus corpus = new MessageCorpus(7);
        long begin = System.nanoTime();
        long start = 1_600_000_000_000L;
        try (Store store = Store.open(dir, Optional.empty())) {
            for (long from = 0; from < messages; from += CHUNK) {
                long first = from;
                long last = Math.min(messages, from + CHUNK);
                store.writeAndWait(tables -> {
                    for (long i = first; i < last; i++) {
                        AccountId peer = accounts.get((int) (i % peers));
                        long sent = start + i * 1000;
                        tables.messages().insertIncoming(new IncomingMessage(peer, "hash-" + i, corpus.text(i), sent,
                                sent + 10, sent + 14L * 86_400_000));
                    }
                    return null;
                });
                if (last % 100_000 == 0 || last == messages) {
                    System.out.printf(Locale.ROOT, "  built %,d of %,d messages in %.0f s%n", last, messages,
                            (System.nanoTime() - begin) / 1e9);
                }
            }
        }
        Files.writeString(dir.resolve(DONE), "built in " + (System.nanoTime() - begin) / 1_000_000_000 + " s\n");
        return dir;
    }
}
