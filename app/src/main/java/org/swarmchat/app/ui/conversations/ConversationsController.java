package org.swarmchat.app.ui.conversations;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import javafx.scene.Parent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarmchat.app.AppContext;
import org.swarmchat.app.core.Conversations;
import org.swarmchat.app.store.Conversation;
import org.swarmchat.app.store.Message;
import org.swarmchat.app.store.StoreEvent;
import org.swarmchat.app.ui.common.Controller;
import org.swarmchat.app.ui.common.FxBindings;
import org.swarmchat.app.ui.common.Pins;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.InvalidAccountIdException;

/**
 * The side bar: conversations (name, last message, time, unread count), message requests (accept, delete, block),
 * a new conversation by Account ID, and search. Reloads from the store when it says something changed.
 */
public final class ConversationsController implements Controller {
    private static final int SEARCH_LIMIT = 50;
    private static final Logger LOG = LoggerFactory.getLogger(ConversationsController.class);

    private final AppContext context;
    private final Conversations conversations;
    private final BiConsumer<AccountId, Optional<String>> onOpen;
    private final ConversationsModel model = new ConversationsModel();
    private final ConversationsView view;
    private final Pins pins = new Pins();
    private final AtomicBoolean reloading = new AtomicBoolean(false);
    private final AtomicBoolean reloadAgain = new AtomicBoolean(false);

    /** The side bar; {@code onOpen} opens the chat with a peer (and its name, if known). */
    public ConversationsController(AppContext context, BiConsumer<AccountId, Optional<String>> onOpen) {
        this.context = context;
        this.conversations = context.profile().conversations();
        this.onOpen = onOpen;
        this.view = new ConversationsView(model, this);
    }

    @Override
    public Parent root() {
        return view.root();
    }

    @Override
    public void onActivate() {
        model.echoContact.set(context.echoContact().orElse(null));
        pins.add(FxBindings.subscribe(context.profile().store(), this::onStoreEvent));
        reload();
    }

    @Override
    public void onDeactivate() {
        pins.unbindAll();
    }

    /** Marks {@code peer} as the open conversation. */
    public void select(AccountId peer) {
        model.selected.set(peer);
    }

    private void onStoreEvent(StoreEvent event) {
        if (!(event instanceof StoreEvent.AccountChanged)) {
            reload();
        }
    }

    private void reload() {
        // Coalesce: a burst of events (fifty messages arriving) needs one reload after it, not fifty.
        if (!reloading.compareAndSet(false, true)) {
            reloadAgain.set(true);
            return;
        }
        reloadAgain.set(false);
        record Lists(List<Conversation> accepted, List<Conversation> requests) {
        }
        FxBindings.load(context.io(), () -> new Lists(conversations.list(), conversations.requests()),
                (lists, error) -> {
                    reloading.set(false);
                    if (reloadAgain.get()) {
                        reload();
                    }
                    if (error != null) {
                        LOG.warn("cannot load the conversations", error);
                        return;
                    }
                    model.conversations.setAll(lists.accepted());
                    model.requests.setAll(lists.requests());
                    model.loaded.set(true);
                });
    }

    void onOpen(Conversation conversation) {
        onOpen.accept(conversation.peer(), conversation.displayName());
    }

    void onOpenSearchResult(Message message) {
        Optional<String> name = model.conversations.stream().filter(c -> c.peer().equals(message.peer()))
                .findFirst().flatMap(Conversation::displayName);
        onOpen.accept(message.peer(), name);
    }

    void onOpenEcho() {
        AccountId echo = model.echoContact.get();
        if (echo != null) {
            onOpen.accept(echo, Optional.of("Echo"));
        }
    }

    /** Opens a conversation with the typed Account ID, or says what is wrong with it. */
    boolean onNewConversation(String text) {
        try {
            AccountId peer = AccountId.parse(text);
            if (peer.equals(context.messenger().identity().accountId())) {
                model.newConversationError.set("That is your own Account ID.");
                return false;
            }
            model.newConversationError.set("");
            onOpen.accept(peer, Optional.empty());
            return true;
        } catch (InvalidAccountIdException e) {
            model.newConversationError.set(e.getMessage());
            return false;
        }
    }

    void onNewConversationTyped() {
        model.newConversationError.set("");
    }

    void onSearch(String query) {
        model.search.set(query);
        if (query.codePoints().noneMatch(Character::isLetterOrDigit)) {
            model.searchResults.clear();
            return;
        }
        FxBindings.load(context.io(), () -> conversations.search(query, SEARCH_LIMIT), (hits, error) -> {
            if (query.equals(model.search.get())) {
                model.searchResults.setAll(error == null ? hits : List.of());
            }
        });
    }

    void onAccept(Conversation request) {
        FxBindings.load(context.io(), () -> {
            conversations.accept(request.peer());
            return null;
        }, (v, e) -> onOpen(request));
    }

    void onDelete(Conversation request) {
        run(() -> conversations.delete(request.peer()));
    }

    void onBlock(Conversation request) {
        run(() -> conversations.block(request.peer()));
    }

    private void run(Runnable work) {
        FxBindings.load(context.io(), () -> {
            work.run();
            return null;
        }, (v, error) -> {
            if (error != null) {
                LOG.warn("a conversation change failed", error);
            }
        });
    }
}
