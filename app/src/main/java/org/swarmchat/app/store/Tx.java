package org.swarmchat.app.store;

import java.util.ArrayList;
import java.util.List;

/**
 * One unit of work's view of the tables: the connection it runs on, whether it may write, and the events it
 * recorded (published by the writer after the commit, dropped on rollback).
 */
final class Tx implements Tables {
    private final DbConnection db;
    private final boolean writable;
    private final FieldSealer sealer;
    private final BlindIndex index;
    private final List<StoreEvent> events = new ArrayList<>();
    private AccountDao account;
    private ContactDao contacts;
    private ConversationDao conversations;
    private MessageDao messages;
    private OutboxDao outbox;

    Tx(DbConnection db, boolean writable, FieldSealer sealer, BlindIndex index) {
        this.db = db;
        this.writable = writable;
        this.sealer = sealer;
        this.index = index;
    }

    DbConnection db() {
        return db;
    }

    FieldSealer sealer() {
        return sealer;
    }

    BlindIndex index() {
        return index;
    }

    /**
     * Checks that this transaction may write.
     *
     * @throws IllegalStateException in a read transaction
     */
    void requireWritable() {
        if (!writable) {
            throw new IllegalStateException("Store.read gives a read-only snapshot; change the store in Store.write");
        }
    }

    void record(StoreEvent event) {
        events.add(event);
    }

    List<StoreEvent> events() {
        return events;
    }

    @Override
    public AccountDao account() {
        if (account == null) {
            account = new AccountDao(this);
        }
        return account;
    }

    @Override
    public ContactDao contacts() {
        if (contacts == null) {
            contacts = new ContactDao(this);
        }
        return contacts;
    }

    @Override
    public ConversationDao conversations() {
        if (conversations == null) {
            conversations = new ConversationDao(this);
        }
        return conversations;
    }

    @Override
    public MessageDao messages() {
        if (messages == null) {
            messages = new MessageDao(this);
        }
        return messages;
    }

    @Override
    public OutboxDao outbox() {
        if (outbox == null) {
            outbox = new OutboxDao(this);
        }
        return outbox;
    }
}
