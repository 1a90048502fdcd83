package org.swarmchat.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmchat.crypto.AccountId;

/** What is written comes back the same after closing and reopening, table by table. */
class StoreRoundTripTest {
    private static final Instant T0 = Instant.ofEpochMilli(1_700_000_000_000L);

    @TempDir
    Path dir;

    @Test
    void accountRoundTripsAndIsSingle() {
        AccountId me = Fixtures.account();
        byte[] seed = new byte[16];
        seed[3] = 9;
        try (Store store = Fixtures.open(dir)) {
            var v1 = store.read(t -> t.account().get());
            assertThat(v1).isEmpty();
            store.writeAndWait(t -> {
                t.account().create(new AccountRecord(me, seed, "Alice", T0));
                return null;
            });
            assertThatThrownBy(() -> store.writeAndWait(t -> {
                t.account().create(new AccountRecord(me, seed, "Again", T0));
                return null;
            })).isInstanceOf(IllegalStateException.class);
            store.writeAndWait(t -> {
                t.account().setDisplayName("Alice B.");
                return null;
            });
        }
        try (Store store = Fixtures.open(dir)) {
            var v2 = store.read(t -> t.account().get());
            assertThat(v2).contains(new AccountRecord(me, seed, "Alice B.", T0));
        }
    }

    @Test
    void contactsRoundTripInNameOrder() {
        AccountId bob = Fixtures.account();
        AccountId carol = Fixtures.account();
        AccountId nameless = Fixtures.account();
        try (Store store = Fixtures.open(dir)) {
            store.writeAndWait(t -> {
                t.contacts().upsert(new Contact(carol, Optional.of("carol"), ContactState.REQUEST, T0));
                t.contacts().upsert(new Contact(nameless, Optional.empty(), ContactState.BLOCKED, T0));
                t.contacts().upsert(new Contact(bob, Optional.of("Bob"), ContactState.REQUEST, T0));
                t.contacts().upsert(new Contact(bob, Optional.of("Bob"), ContactState.ACCEPTED, T0.plusSeconds(1)));
                return null;
            });
        }
        try (Store store = Fixtures.open(dir)) {
            var v3 = store.read(t -> t.contacts().all());
            assertThat(v3).containsExactly(
                    new Contact(bob, Optional.of("Bob"), ContactState.ACCEPTED, T0.plusSeconds(1)),
                    new Contact(carol, Optional.of("carol"), ContactState.REQUEST, T0),
                    new Contact(nameless, Optional.empty(), ContactState.BLOCKED, T0));
            var v4 = store.read(t -> t.contacts().get(carol));
            assertThat(v4.orElseThrow().state()).isEqualTo(ContactState.REQUEST);
        }
    }

    @Test
    void conversationsAndMessagesRoundTrip() {
        AccountId me = Fixtures.account();
        AccountId bob = Fixtures.account();
        AccountId stranger = Fixtures.account();
        Message out;
        try (Store store = Fixtures.open(dir)) {
            out = store.writeAndWait(t -> {
                t.contacts().upsert(new Contact(bob, Optional.of("Bob"), ContactState.ACCEPTED, T0));
                return t.messages().insertOutgoing(new OutgoingMessage(bob, me, "hi Bob", 1_000, "h-out"));
            });
            store.writeAndWait(t -> {
                t.conversations().ensure(stranger, true, Instant.ofEpochMilli(500));
                t.messages().insertIncoming(Fixtures.incoming(stranger, "h-in-1", "buy my stuff", 2_000));
                t.messages().insertIncoming(Fixtures.incoming(bob, "h-in-2", "hi you", 3_000));
                t.messages().setState(out.id(), DeliveryState.STORED, 6, Optional.empty());
                return null;
            });
        }
        try (Store store = Fixtures.open(dir)) {
            List<Conversation> accepted = store.read(t -> t.conversations().list(false));
            assertThat(accepted).hasSize(1);
            Conversation withBob = accepted.getFirst();
            assertThat(withBob.peer()).isEqualTo(bob);
            assertThat(withBob.displayName()).contains("Bob");
            assertThat(withBob.unread()).isEqualTo(1);
            assertThat(withBob.lastActivity()).isEqualTo(Instant.ofEpochMilli(3_000));
            assertThat(withBob.last().orElseThrow().text()).isEqualTo("hi you");

            List<Conversation> requests = store.read(t -> t.conversations().list(true));
            assertThat(requests).extracting(Conversation::peer).containsExactly(stranger);
            assertThat(requests.getFirst().displayName()).isEmpty();

            Message stored = store.read(t -> t.messages().get(out.id())).orElseThrow();
            assertThat(stored).isEqualTo(new Message(out.id(), bob, Direction.OUT, me, "hi Bob", 1_000, 1_000,
                    Optional.of("h-out"), DeliveryState.STORED, 6, Optional.empty(), 0));
            var v5 = store.read(t -> t.messages().byHash("h-in-2"));
            assertThat(v5.orElseThrow().direction())
                    .isEqualTo(Direction.IN);
            var v6 = store.read(t -> t.messages().count(bob));
            assertThat(v6).isEqualTo(2);

            store.writeAndWait(t -> {
                t.conversations().markRead(bob);
                t.conversations().setRequest(stranger, false);
                return null;
            });
            var v7 = store.read(t -> t.conversations().get(bob));
            assertThat(v7.orElseThrow().unread()).isZero();
            var v8 = store.read(t -> t.conversations().list(false));
            assertThat(v8).extracting(Conversation::peer)
                    .containsExactly(bob, stranger);
        }
    }

    @Test
    void outboxRoundTripsAndGoesWithItsConversation() {
        AccountId me = Fixtures.account();
        AccountId bob = Fixtures.account();
        byte[] data = {1, 2, 3, 4};
        long id;
        try (Store store = Fixtures.open(dir)) {
            id = store.writeAndWait(t -> {
                Message m = t.messages().insertOutgoing(new OutgoingMessage(bob, me, "queued", 1_000, "h1"));
                t.outbox().add(new OutboxEntry(m.id(), bob, 0, data, Duration.ofDays(14), "h1", 0, Optional.empty(),
                        T0));
                Message m2 = t.messages().insertOutgoing(new OutgoingMessage(bob, me, "queued 2", 1_001, "h2"));
                t.outbox().add(new OutboxEntry(m2.id(), bob, 0, data, Duration.ofDays(14), "h2", 0, Optional.empty(),
                        T0.plusSeconds(1)));
                t.outbox().update(m.id(), 2, Optional.of("timeout"));
                return m.id();
            });
        }
        try (Store store = Fixtures.open(dir)) {
            List<OutboxEntry> entries = store.read(t -> t.outbox().unfinished());
            assertThat(entries).hasSize(2);
            assertThat(entries.getFirst()).isEqualTo(new OutboxEntry(id, bob, 0, data, Duration.ofDays(14), "h1", 2,
                    Optional.of("timeout"), T0));
            store.writeAndWait(t -> {
                t.outbox().remove(id);
                return null;
            });
            var v9 = store.read(t -> t.outbox().get(id));
            assertThat(v9).isEmpty();
            store.writeAndWait(t -> {
                t.conversations().delete(bob);
                return null;
            });
            var v10 = store.read(t -> t.outbox().unfinished());
            assertThat(v10).isEmpty();
            var v11 = store.read(t -> t.messages().count(bob));
            assertThat(v11).isZero();
            var v12 = store.read(t -> t.messages().search("queued", 10));
            assertThat(v12).isEmpty();
            var v13 = store.read(t -> t.conversations().get(bob));
            assertThat(v13).isEmpty();
        }
    }

    @Test
    void readTransactionsCannotWrite() {
        try (Store store = Fixtures.open(dir)) {
            assertThatThrownBy(() -> store.read(t -> {
                t.conversations().ensure(Fixtures.account(), false, T0);
                return null;
            })).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aFailedWriteRollsBackAndRethrowsUnwrapped() {
        AccountId bob = Fixtures.account();
        try (Store store = Fixtures.open(dir)) {
            assertThatThrownBy(() -> store.writeAndWait(t -> {
                t.conversations().ensure(bob, false, T0);
                throw new IllegalArgumentException("no");
            })).isInstanceOf(IllegalArgumentException.class).hasMessage("no");
            var v14 = store.read(t -> t.conversations().get(bob));
            assertThat(v14).isEmpty();
            assertThat(store.write(t -> {
                throw new IllegalArgumentException("async");
            })).failsWithin(Duration.ofSeconds(5));
        }
    }

    @Test
    void waitingForAWriteInsideAWriteIsRefused() {
        try (Store store = Fixtures.open(dir)) {
            var nested = store.write(t -> store.writeAndWait(u -> 1));
            assertThat(nested).failsWithin(Duration.ofSeconds(5)).withThrowableOfType(
                    java.util.concurrent.ExecutionException.class).havingCause()
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void closeIsIdempotentAndFinishesQueuedWrites() {
        AccountId bob = Fixtures.account();
        Store store = Fixtures.open(dir);
        for (int i = 0; i < 200; i++) {
            int n = i;
            store.write(t -> t.messages().insertIncoming(Fixtures.incoming(bob, "h" + n, "m" + n, n)));
        }
        store.close();
        store.close();
        assertThatThrownBy(() -> store.read(t -> t.messages().count(bob))).isInstanceOf(StoreException.class);
        assertThat(store.write(t -> 1)).failsWithin(Duration.ofSeconds(1));
        try (Store again = Fixtures.open(dir)) {
            var v15 = again.read(t -> t.messages().count(bob));
            assertThat(v15).isEqualTo(200);
        }
        assertThat(Store.exists(dir)).isTrue();
        assertThat(Store.exists(dir.resolve("other"))).isFalse();
    }
}
