package org.swarmchat.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmchat.crypto.AccountId;

/** The files on disk hold no text, word, name, seed or key in clear; sealed values are bound to their row. */
class EncryptionAtRestTest {
    private static final String TEXT = "Zanzibar quokkas adore marmalade sandwiches";
    private static final String NAME = "Wilhelmina Featherstonehaugh";
    private static final String ACCOUNT_NAME = "Bartholomew Xylophone";

    @TempDir
    Path dir;

    @Test
    void neitherTheDatabaseNorItsWalHoldsPlaintext() throws Exception {
        byte[] seed = new byte[16];
        for (int i = 0; i < seed.length; i++) {
            seed[i] = (byte) (0xa0 + i);
        }
        byte[] outboxData = "OUTBOX-PAYLOAD-IN-CLEAR".getBytes(StandardCharsets.UTF_8);
        AccountId me = Fixtures.account();
        AccountId bob = Fixtures.account();
        byte[] wal;
        try (Store store = Fixtures.open(dir)) {
            store.writeAndWait(t -> {
                t.account().create(new AccountRecord(me, seed, ACCOUNT_NAME, Instant.now()));
                t.contacts().upsert(new Contact(bob, Optional.of(NAME), ContactState.ACCEPTED, Instant.now()));
                t.messages().insertIncoming(Fixtures.incoming(bob, "hash-1", TEXT, 1_000));
                Message m = t.messages().insertOutgoing(new OutgoingMessage(bob, me, TEXT + " too", 2_000, "h2"));
                t.outbox().add(new OutboxEntry(m.id(), bob, 0, outboxData, Duration.ofDays(1), "h2", 0,
                        Optional.empty(), Instant.now()));
                return null;
            });
            Path walFile = dir.resolve("swarmchat.db-wal");
            assertThat(walFile).exists();
            wal = Files.readAllBytes(walFile);
            assertThat(wal.length).isGreaterThan(0);
            assertNoPlaintext(wal, seed, outboxData);
            assertNoPlaintext(Files.readAllBytes(store.databaseFile()), seed, outboxData);
            var found = store.read(t -> t.messages().search("quokka marmal", 5));
            assertThat(found).hasSize(2);
        }
        assertNoPlaintext(Files.readAllBytes(dir.resolve("swarmchat.db")), seed, outboxData);
        byte[] key = Files.readAllBytes(dir.resolve("database.key"));
        byte[] rawKey = java.util.Arrays.copyOfRange(key, 6, 38);
        assertThat(indexOf(Files.readAllBytes(dir.resolve("swarmchat.db")), rawKey)).isEqualTo(-1);
        assertThat(indexOf(wal, rawKey)).isEqualTo(-1);
    }

    @Test
    void aSealedTextMovedToAnotherRowDoesNotOpen() throws Exception {
        AccountId bob = Fixtures.account();
        long first;
        long second;
        try (Store store = Fixtures.open(dir)) {
            first = store.writeAndWait(t -> t.messages().insertIncoming(Fixtures.incoming(bob, "a", "first", 1)))
                    .orElseThrow().id();
            second = store.writeAndWait(t -> t.messages().insertIncoming(Fixtures.incoming(bob, "b", "second", 2)))
                    .orElseThrow().id();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("swarmchat.db"));
                Statement s = c.createStatement()) {
            s.execute("UPDATE messages SET text_sealed = (SELECT text_sealed FROM messages WHERE id = " + second
                    + ") WHERE id = " + first);
        }
        try (Store store = Fixtures.open(dir)) {
            assertThatThrownBy(() -> store.read(t -> t.messages().get(first)))
                    .isInstanceOf(CorruptDatabaseException.class)
                    .hasMessageContaining("messages.text of row " + first)
                    .hasMessageContaining("swarmchat.db");
            var ok = store.read(t -> t.messages().get(second).orElseThrow().text());
            assertThat(ok).isEqualTo("second");
        }
    }

    @Test
    void aSealedNameMovedToAnotherColumnOrContactDoesNotOpen() throws Exception {
        AccountId me = Fixtures.account();
        AccountId bob = Fixtures.account();
        AccountId carol = Fixtures.account();
        try (Store store = Fixtures.open(dir)) {
            store.writeAndWait(t -> {
                t.account().create(new AccountRecord(me, new byte[32], "me", Instant.now()));
                t.contacts().upsert(new Contact(bob, Optional.of("Bob"), ContactState.ACCEPTED, Instant.now()));
                t.contacts().upsert(new Contact(carol, Optional.of("Carol"), ContactState.ACCEPTED, Instant.now()));
                return null;
            });
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("swarmchat.db"));
                Statement s = c.createStatement()) {
            s.execute("UPDATE contacts SET display_name_sealed = (SELECT display_name_sealed FROM contacts "
                    + "WHERE account_id = '" + bob.hex() + "') WHERE account_id = '" + carol.hex() + "'");
            s.execute("UPDATE account SET seed_sealed = display_name_sealed");
        }
        try (Store store = Fixtures.open(dir)) {
            assertThatThrownBy(() -> store.read(t -> t.contacts().get(carol)))
                    .isInstanceOf(CorruptDatabaseException.class).hasMessageContaining(carol.hex());
            assertThatThrownBy(() -> store.read(t -> t.account().get()))
                    .isInstanceOf(CorruptDatabaseException.class).hasMessageContaining("account.seed");
        }
    }

    private static void assertNoPlaintext(byte[] file, byte[] seed, byte[] outboxData) {
        for (String needle : new String[] {TEXT, NAME, ACCOUNT_NAME}) {
            assertThat(indexOf(file, needle.getBytes(StandardCharsets.UTF_8))).as(needle).isEqualTo(-1);
            for (String word : needle.split(" ")) {
                assertThat(indexOf(file, word.getBytes(StandardCharsets.UTF_8))).as(word).isEqualTo(-1);
                assertThat(indexOf(file, word.toLowerCase().getBytes(StandardCharsets.UTF_8))).as(word).isEqualTo(-1);
            }
        }
        assertThat(indexOf(file, seed)).as("seed").isEqualTo(-1);
        assertThat(indexOf(file, outboxData)).as("outbox data").isEqualTo(-1);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
