package org.swarmchat.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmchat.crypto.AccountId;

/** Paging, search and idempotent receiving. */
class MessageTableTest {
    @TempDir
    Path dir;

    private Store store;
    private final AccountId bob = Fixtures.account();
    private final AccountId carol = Fixtures.account();

    @BeforeEach
    void open() {
        store = Fixtures.open(dir);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    @Test
    void pagesWalkEveryMessageOnceNewestFirstAcrossEqualTimestamps() {
        store.writeAndWait(t -> {
            for (int i = 0; i < 23; i++) {
                // Many equal timestamps, and ids out of time order.
                long sent = i % 3 == 0 ? 5_000 : 10_000 - i / 4;
                t.messages().insertIncoming(Fixtures.incoming(bob, "h" + i, "m" + i, sent));
                t.messages().insertIncoming(Fixtures.incoming(carol, "c" + i, "other", sent));
            }
            return null;
        });
        List<Message> all = new ArrayList<>();
        Optional<PageCursor> cursor = Optional.empty();
        while (true) {
            Optional<PageCursor> c = cursor;
            List<Message> page = store.read(t -> t.messages().page(bob, c, 4));
            if (page.isEmpty()) {
                break;
            }
            assertThat(page.size()).isLessThanOrEqualTo(4);
            all.addAll(page);
            cursor = Optional.of(PageCursor.of(page.getLast()));
        }
        assertThat(all).hasSize(23).doesNotHaveDuplicates().allMatch(m -> m.peer().equals(bob));
        assertThat(all).isSortedAccordingTo(Comparator.comparingLong(Message::sentAtMillis)
                .thenComparingLong(Message::id).reversed());
    }

    @Test
    void receivingIsIdempotentByHash() {
        store.writeAndWait(t -> {
            t.conversations().ensure(bob, true, java.time.Instant.EPOCH);
            return null;
        });
        Optional<Message> first = store.writeAndWait(t -> t.messages().insertIncoming(
                Fixtures.incoming(bob, "same", "hello", 10)));
        Optional<Message> again = store.writeAndWait(t -> t.messages().insertIncoming(
                Fixtures.incoming(bob, "same", "hello", 10)));
        assertThat(first).isPresent();
        assertThat(again).isEmpty();
        int count = store.read(t -> t.messages().count(bob));
        int unread = store.read(t -> t.conversations().get(bob).orElseThrow().unread());
        assertThat(count).isEqualTo(1);
        assertThat(unread).isEqualTo(1);
    }

    @Test
    void searchMatchesPrefixesOfEveryWordWhateverTheCase() {
        add("Hello World", 1);
        add("helium balloons for sale", 2);
        add("Straße in MÜNCHEN", 3);
        add("ÉCOLE ﬁne", 4);
        add("a b c", 5);
        add("the quick brown fox", 6);
        add("internationalization", 7);
        add("日本語 テキスト", 8);

        assertThat(texts("hel")).containsExactly("helium balloons for sale", "Hello World");
        assertThat(texts("hello wor")).containsExactly("Hello World");
        assertThat(texts("WORLD hello")).containsExactly("Hello World");
        assertThat(texts("hello xyz")).isEmpty();
        assertThat(texts("xyz")).isEmpty();
        assertThat(texts("straße münchen")).containsExactly("Straße in MÜNCHEN");
        assertThat(texts("école")).containsExactly("ÉCOLE ﬁne");
        assertThat(texts("FINE")).containsExactly("ÉCOLE ﬁne");
        assertThat(texts("b")).containsExactly("a b c");
        assertThat(texts("br")).containsExactly("the quick brown fox");
        assertThat(texts("internationaliz")).containsExactly("internationalization");
        // Same first 12 characters, so the same index term: only the check of the text tells them apart.
        assertThat(texts("internationalizing")).isEmpty();
        assertThat(texts("日本語")).containsExactly("日本語 テキスト");
        assertThat(texts("  ,.;  ")).isEmpty();
        assertThat(texts("o")).isEmpty();
    }

    @Test
    void searchGivesTheNewestMatchesByBothPlans() {
        store.writeAndWait(t -> {
            for (int i = 0; i < 400; i++) {
                // Sent times out of id order, so that "newest" is not "last inserted".
                long sent = (i * 7919L) % 400;
                String text = "common word " + (i % 50 == 0 ? "rareword " : "") + "number" + i;
                t.messages().insertIncoming(Fixtures.incoming(i % 2 == 0 ? bob : carol, "h" + i, text, sent));
            }
            return null;
        });
        List<Message> common = store.read(t -> t.messages().search("common", 5));
        assertThat(common).extracting(Message::sentAtMillis).containsExactly(399L, 398L, 397L, 396L, 395L);
        List<Message> rare = store.read(t -> t.messages().search("rareword common", 3));
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 400; i += 50) {
            expected.add((i * 7919L) % 400);
        }
        expected.sort(Comparator.reverseOrder());
        assertThat(rare).extracting(Message::sentAtMillis).containsExactlyElementsOf(expected.subList(0, 3));
        List<Message> number = store.read(t -> t.messages().search("number12", 20));
        assertThat(number).extracting(Message::text).allMatch(s -> s.contains("number12"));
        assertThat(number).hasSize(11);
    }

    private void add(String text, long sent) {
        store.writeAndWait(t -> t.messages().insertIncoming(Fixtures.incoming(bob, "h" + sent, text, sent)));
    }

    private List<String> texts(String query) {
        return store.read(t -> t.messages().search(query, 10)).stream().map(Message::text).toList();
    }
}
