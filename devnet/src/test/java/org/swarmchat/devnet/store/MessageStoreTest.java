package org.swarmchat.devnet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageStoreTest {
    private static final String ALICE = "05" + "aa".repeat(32);
    private static final String BOB = "05" + "bb".repeat(32);
    private static final long NOW = 1_700_000_000_000L;

    @TempDir
    Path dir;
    private OpenStores openStores;
    private MessageStore store;

    @BeforeEach
    void open() {
        openStores = new OpenStores(8);
        store = new MessageStore(dir.resolve("node.sqlite"), openStores);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aDuplicateKeepsItsRowAndTheLaterExpiry() {
        assertThat(store.store(msg("h1", ALICE, 0, 1, NOW + 100)).outcome()).isEqualTo(StoreResult.Outcome.NEW);
        StoreResult same = store.store(msg("h1", ALICE, 0, 1, NOW + 50));
        assertThat(same.outcome()).isEqualTo(StoreResult.Outcome.EXISTS);
        assertThat(same.expiry()).isEqualTo(NOW + 100);
        assertThat(same.already()).isTrue();
        StoreResult later = store.store(msg("h1", ALICE, 0, 1, NOW + 200));
        assertThat(later.outcome()).isEqualTo(StoreResult.Outcome.EXTENDED);
        assertThat(store.find("h1").orElseThrow().expiry()).isEqualTo(NOW + 200);
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void concurrentStoresAreEachCommittedAndEachGetsItsOwnOutcome() throws Exception {
        store.store(msg("dup", ALICE, 0, 1, NOW + 100));
        List<Future<StoreResult>> results = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 200; i++) {
                String hash = i % 50 == 0 ? "dup" : "c" + i;
                results.add(threads.submit(() -> store.store(msg(hash, ALICE, 0, 1, NOW + 100))));
            }
        }

        for (int i = 0; i < results.size(); i++) {
            assertThat(results.get(i).get().outcome()).isEqualTo(i % 50 == 0 ? StoreResult.Outcome.EXISTS
                    : StoreResult.Outcome.NEW);
        }
        assertThat(store.count()).isEqualTo(1 + 196);
    }

    @Test
    void retrieveFollowsInsertionOrderAndLastHash() {
        for (int i = 0; i < 5; i++) {
            store.store(msg("h" + i, ALICE, 0, 10 - i, NOW + 1000));
        }
        store.store(msg("other-ns", ALICE, 2, 1, NOW + 1000));
        store.store(msg("other-owner", BOB, 0, 1, NOW + 1000));
        assertThat(hashes(store.retrieve(ALICE, 0, null, null, null, NOW))).containsExactly("h0", "h1", "h2", "h3",
                "h4");
        assertThat(hashes(store.retrieve(ALICE, 0, "h2", null, null, NOW))).containsExactly("h3", "h4");
        assertThat(hashes(store.retrieve(ALICE, 0, "unknown", null, null, NOW))).hasSize(5);
        assertThat(hashes(store.retrieve(ALICE, 0, "other-ns", null, null, NOW)))
                .as("a last_hash from another namespace is not found").hasSize(5);
        assertThat(hashes(store.retrieve(ALICE, 0, "h4", null, null, NOW))).isEmpty();
    }

    @Test
    void countAndSizeLimitsSetMore() {
        for (int i = 0; i < 5; i++) {
            store.store(new StoredMessage("h" + i, ALICE, 0, NOW, NOW + 1000, new byte[300]));
        }
        RetrieveResult two = store.retrieve(ALICE, 0, null, 2, null, NOW);
        assertThat(hashes(two)).containsExactly("h0", "h1");
        assertThat(two.more()).isTrue();
        RetrieveResult all = store.retrieve(ALICE, 0, null, 5, null, NOW);
        assertThat(all.more()).isFalse();
        int perMessage = MessageStore.PER_MESSAGE_OVERHEAD + 2 + 400;
        RetrieveResult bySize = store.retrieve(ALICE, 0, null, null, perMessage * 3, NOW);
        assertThat(hashes(bySize)).hasSize(3);
        assertThat(bySize.more()).isTrue();
        RetrieveResult tiny = store.retrieve(ALICE, 0, null, null, 1, NOW);
        assertThat(hashes(tiny)).as("one message even if larger than the limit").containsExactly("h0");
    }

    @Test
    void expiredMessagesAreNeverReturnedAndArePurged() {
        store.store(msg("old", ALICE, 0, 1, NOW - 1));
        store.store(msg("new", ALICE, 0, 1, NOW + 1));
        assertThat(hashes(store.retrieve(ALICE, 0, null, null, null, NOW))).containsExactly("new");
        assertThat(store.purgeExpired(NOW)).isEqualTo(1);
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void aPublicOutboxKeepsOnlyTheNewestMessage() {
        store.store(msg("first", ALICE, -1, 10, NOW + 100));
        assertThat(store.store(msg("older", ALICE, -1, 5, NOW + 100)).outcome())
                .isEqualTo(StoreResult.Outcome.OBSOLETE);
        assertThat(store.store(msg("newer", ALICE, -1, 20, NOW + 100)).outcome()).isEqualTo(StoreResult.Outcome.NEW);
        assertThat(hashes(store.retrieve(ALICE, -1, null, null, null, NOW))).containsExactly("newer");
        store.store(msg("inbox1", ALICE, -10, 5, NOW + 100));
        store.store(msg("inbox2", ALICE, -10, 6, NOW + 100));
        assertThat(hashes(store.retrieve(ALICE, -10, null, null, null, NOW))).hasSize(2);
    }

    @Test
    void deletionsReportWhatWent() {
        store.store(msg("a", ALICE, 0, 100, NOW + 1));
        store.store(msg("b", ALICE, 0, 200, NOW + 1));
        store.store(msg("c", ALICE, 2, 300, NOW + 1));
        store.store(msg("d", BOB, 0, 100, NOW + 1));
        assertThat(store.deleteByHashes(ALICE, List.of("d", "a", "zz"))).containsExactly("a");
        assertThat(store.deleteBefore(ALICE, null, 250)).containsExactly(new NamespacedHash(0, "b"));
        assertThat(store.deleteAll(ALICE, 0)).isEmpty();
        assertThat(store.deleteAll(ALICE, null)).containsExactly(new NamespacedHash(2, "c"));
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void expiryUpdatesHonourExtendAndShorten() {
        store.store(msg("a", ALICE, 0, 1, NOW + 100));
        store.store(msg("b", ALICE, 0, 1, NOW + 300));
        assertThat(store.updateExpiry(ALICE, List.of("a", "b", "x"), List.of(NOW + 200), true, false))
                .containsExactly(Map.entry("a", NOW + 200));
        assertThat(store.updateExpiry(ALICE, List.of("a", "b"), List.of(NOW + 250), false, true))
                .containsExactly(Map.entry("b", NOW + 250));
        assertThat(store.updateExpiry(ALICE, List.of("a", "b"), List.of(NOW + 10, NOW + 20), false, false))
                .containsExactly(Map.entry("a", NOW + 10), Map.entry("b", NOW + 20));
        assertThat(store.expiries(ALICE, List.of("b", "a", "x"))).containsExactly(Map.entry("a", NOW + 10),
                Map.entry("b", NOW + 20));
        assertThat(store.shortenAll(ALICE, null, NOW + 15)).containsExactly(new NamespacedHash(0, "b"));
        assertThat(store.expiries(ALICE, List.of("b"))).containsEntry("b", NOW + 15);
        assertThatThrownBy(() -> store.updateExpiry(ALICE, List.of("a", "b", "c"), List.of(1L, 2L), false, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void messagesSurviveReopening() {
        store.store(msg("keep", ALICE, 0, 1, NOW + 100));
        store.close();
        MessageStore again = new MessageStore(dir.resolve("node.sqlite"), openStores);
        assertThat(again.find("keep")).isPresent();
        assertThat(again.owners()).containsExactly(ALICE);
        again.close();
    }

    @Test
    void pushedBatchesKeepExistingRows() {
        store.store(msg("a", ALICE, 0, 1, NOW + 500));
        store.storeAll(List.of(msg("a", ALICE, 0, 1, NOW + 100), msg("b", BOB, 0, 1, NOW + 100)));
        assertThat(store.find("a").orElseThrow().expiry()).isEqualTo(NOW + 500);
        assertThat(store.ofOwners(List.of(BOB))).extracting(StoredMessage::hash).containsExactly("b");
        assertThat(store.all()).hasSize(2);
    }

    @Test
    void theOpenCapClosesIdleStoresWhichReopenOnUse() {
        OpenStores cap = new OpenStores(2);
        MessageStore[] stores = new MessageStore[4];
        for (int i = 0; i < stores.length; i++) {
            stores[i] = new MessageStore(dir.resolve("s" + i + ".sqlite"), cap);
            stores[i].store(msg("m" + i, ALICE, 0, 1, NOW + 100));
        }
        assertThat(cap.openCount()).isLessThanOrEqualTo(2);
        assertThat(stores[0].isOpen()).isFalse();
        assertThat(stores[0].find("m0")).isPresent();
        for (MessageStore s : stores) {
            s.close();
        }
        assertThat(cap.openCount()).isZero();
    }

    @Test
    void destroyDeletesTheFilesAndAnUnusedStoreHasNone() {
        MessageStore unused = new MessageStore(dir.resolve("unused.sqlite"), openStores);
        assertThat(unused.exists()).isFalse();
        assertThat(unused.count()).isZero();
        assertThat(unused.purgeExpired(NOW)).isZero();
        assertThat(unused.exists()).isFalse();
        store.store(msg("a", ALICE, 0, 1, NOW + 100));
        store.destroy();
        assertThat(Files.exists(dir.resolve("node.sqlite"))).isFalse();
        assertThatThrownBy(() -> store.store(msg("b", ALICE, 0, 1, NOW))).isInstanceOf(MessageStoreException.class);
    }

    @Test
    void namespaceKinds() {
        assertThat(Namespaces.isPublicInbox(0)).isTrue();
        assertThat(Namespaces.isPublicInbox(-10)).isTrue();
        assertThat(Namespaces.isPublicInbox(2)).isFalse();
        assertThat(Namespaces.isPublicOutbox(-1)).isTrue();
        assertThat(Namespaces.isPublicOutbox(-21)).isTrue();
        assertThat(Namespaces.isPublicOutbox(-11)).isFalse();
        assertThat(Namespaces.isPublicOutbox(19)).isFalse();
        assertThat(Namespaces.isNoAuthRetrieve(-10)).isTrue();
        assertThat(Namespaces.isNoAuthRetrieve(0)).isFalse();
        assertThat(Namespaces.isUnrevocable(-11)).isTrue();
        assertThat(Namespaces.isUnrevocable(-111)).isTrue();
        assertThat(Namespaces.isUnrevocable(11)).isFalse();
        assertThat(Namespaces.signatureText(0)).isEmpty();
        assertThat(Namespaces.signatureText(-10)).isEqualTo("-10");
    }

    private static StoredMessage msg(String hash, String owner, int ns, long timestamp, long expiry) {
        return new StoredMessage(hash, owner, ns, timestamp, expiry, hash.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> hashes(RetrieveResult r) {
        return r.messages().stream().map(StoredMessage::hash).toList();
    }
}
