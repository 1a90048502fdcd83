package org.swarmchat.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmchat.crypto.AccountId;

/** Events arrive after the commit, in commit order, never for a rolled-back transaction, off the writer thread. */
class StoreEventsTest {
    @TempDir
    Path dir;

    @Test
    void eventsFollowCommitsInOrderAndNeverRollbacks() throws Exception {
        AccountId bob = Fixtures.account();
        AccountId ghost = Fixtures.account();
        BlockingQueue<Object> seen = new LinkedBlockingQueue<>();
        try (Store store = Fixtures.open(dir); AutoCloseable sub = store.subscribe(e -> {
            // What an event announces is already committed: a reader sees it.
            if (e instanceof StoreEvent.MessageAdded added) {
                seen.add(store.read(t -> t.messages().get(added.message().id())).isPresent());
            }
            seen.add(Thread.currentThread().getName());
            seen.add(e);
        })) {
            store.writeAndWait(t -> {
                t.conversations().ensure(bob, false, Instant.EPOCH);
                t.messages().insertIncoming(Fixtures.incoming(bob, "h1", "hi", 1));
                return null;
            });
            assertThatThrownBy(() -> store.writeAndWait(t -> {
                t.conversations().ensure(ghost, false, Instant.EPOCH);
                throw new IllegalStateException("rolled back");
            })).hasMessage("rolled back");
            List<CompletableFuture<?>> queued = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                int n = i;
                queued.add(store.write(t -> t.messages().insertIncoming(Fixtures.incoming(bob, "q" + n, "q", 10 + n))));
                if (i == 25) {
                    queued.add(store.write(t -> {
                        t.conversations().ensure(ghost, false, Instant.EPOCH);
                        throw new IllegalArgumentException("one of a group");
                    }));
                }
            }
            CompletableFuture.allOf(queued.stream().filter(f -> queued.indexOf(f) != 26)
                    .toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
            assertThat(queued.get(26)).isCompletedExceptionally();
            store.writeAndWait(t -> {
                t.conversations().markRead(bob);
                return null;
            });

            List<StoreEvent> events = new ArrayList<>();
            while (events.size() < 3 + 50 * 2 + 1) {
                Object o = seen.poll(10, TimeUnit.SECONDS);
                assertThat(o).as("events so far: " + events).isNotNull();
                if (o instanceof Boolean visible) {
                    assertThat(visible).isTrue();
                } else if (o instanceof String thread) {
                    assertThat(thread).isEqualTo("swarmchat-store-events");
                } else {
                    events.add((StoreEvent) o);
                }
            }
            assertThat(events.get(0)).isEqualTo(new StoreEvent.ConversationChanged(bob));
            assertThat(events.get(1)).isInstanceOf(StoreEvent.MessageAdded.class);
            assertThat(events.get(2)).isEqualTo(new StoreEvent.ConversationChanged(bob));
            for (int i = 0; i < 50; i++) {
                StoreEvent.MessageAdded added = (StoreEvent.MessageAdded) events.get(3 + 2 * i);
                assertThat(added.message().hash()).contains("q" + i);
            }
            assertThat(events.getLast()).isEqualTo(new StoreEvent.ConversationChanged(bob));
            assertThat(events).doesNotContain(new StoreEvent.ConversationChanged(ghost));
            var ghostConversation = store.read(t -> t.conversations().get(ghost));
            assertThat(ghostConversation).isEmpty();
            assertThat(seen.poll(200, TimeUnit.MILLISECONDS)).isNull();
        }
    }

    @Test
    void aClosedSubscriptionGetsNothingMore() throws Exception {
        BlockingQueue<StoreEvent> seen = new LinkedBlockingQueue<>();
        try (Store store = Fixtures.open(dir)) {
            AutoCloseable sub = store.subscribe(seen::add);
            store.writeAndWait(t -> {
                t.conversations().ensure(Fixtures.account(), false, Instant.EPOCH);
                return null;
            });
            assertThat(seen.poll(10, TimeUnit.SECONDS)).isNotNull();
            sub.close();
            store.writeAndWait(t -> {
                t.conversations().ensure(Fixtures.account(), false, Instant.EPOCH);
                return null;
            });
        }
        assertThat(seen).isEmpty();
    }
}
