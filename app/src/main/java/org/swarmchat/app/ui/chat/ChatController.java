package org.swarmchat.app.ui.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarmchat.app.AppContext;
import org.swarmchat.app.core.Conversations;
import org.swarmchat.app.core.Outbox;
import org.swarmchat.app.store.DeliveryState;
import org.swarmchat.app.store.Direction;
import org.swarmchat.app.store.Message;
import org.swarmchat.app.store.PageCursor;
import org.swarmchat.app.store.StoreEvent;
import org.swarmchat.app.ui.common.Controller;
import org.swarmchat.app.ui.common.Formats;
import org.swarmchat.app.ui.common.FxBindings;
import org.swarmchat.app.ui.common.Pins;
import org.swarmchat.app.ui.common.UIThread;
import org.swarmchat.crypto.AccountId;

/**
 * One conversation: loads the newest page of its history, older pages as the user scrolls up, appends messages as
 * the store reports them (sent or received, no click needed), and updates each bubble's delivery state.
 */
public final class ChatController implements Controller {
    /** Rows loaded when the chat opens. */
    static final int FIRST_PAGE = 100;
    /** Rows loaded each time the user reaches the top. */
    static final int OLDER_PAGE = 200;
    private static final Logger LOG = LoggerFactory.getLogger(ChatController.class);

    private final AppContext context;
    private final AccountId peer;
    private final Conversations conversations;
    private final ChatModel model = new ChatModel();
    private final ChatView view;
    private final Pins pins = new Pins();
    /** The loaded messages, oldest first; touched on the JavaFX thread only. */
    private final List<Message> loaded = new ArrayList<>();

    /** The chat with {@code peer}, named {@code name} if known. */
    public ChatController(AppContext context, AccountId peer, Optional<String> name) {
        this.context = context;
        this.peer = peer;
        this.conversations = context.profile().conversations();
        model.title.set(name.filter(n -> !n.isBlank()).orElse(peer.shortForm()));
        model.subtitle.set(peer.hex());
        this.view = new ChatView(model, this);
    }

    /** The peer of this chat. */
    public AccountId peer() {
        return peer;
    }

    @Override
    public Parent root() {
        return view.root();
    }

    @Override
    public void onActivate() {
        pins.add(FxBindings.subscribe(context.profile().store(), this::onStoreEvent));
        FxBindings.load(context.io(), () -> conversations.history(peer, Optional.empty(), FIRST_PAGE),
                (page, error) -> {
                    if (error != null) {
                        LOG.warn("cannot load the chat", error);
                        return;
                    }
                    mergeNewest(page);
                    model.hasOlder.set(page.size() == FIRST_PAGE);
                    model.scrollToEnd.set(model.scrollToEnd.get() + 1);
                });
        FxBindings.load(context.io(), () -> {
            conversations.find(peer).ifPresent(c -> {
                if (c.unread() > 0) {
                    conversations.markRead(peer);
                }
            });
            return null;
        }, (v, e) -> { });
        view.focusInput();
    }

    @Override
    public void onDeactivate() {
        pins.unbindAll();
    }

    /** Loads the page before the oldest loaded message, if there is one and none is loading. */
    void onReachedTop() {
        if (model.loadingOlder.get() || !model.hasOlder.get() || loaded.isEmpty()) {
            return;
        }
        model.loadingOlder.set(true);
        PageCursor before = PageCursor.of(loaded.getFirst());
        FxBindings.load(context.io(), () -> conversations.history(peer, Optional.of(before), OLDER_PAGE),
                (page, error) -> {
                    model.loadingOlder.set(false);
                    if (error != null) {
                        LOG.warn("cannot load older messages", error);
                        return;
                    }
                    model.hasOlder.set(page.size() == OLDER_PAGE);
                    if (!page.isEmpty()) {
                        List<Message> older = page.reversed();
                        loaded.addAll(0, older);
                        view.keepPosition(() -> prepend(ChatItem.of(older)));
                    }
                });
    }

    /** Sends the draft; the bubble appears when the store commits it. */
    void onSend(String text) {
        if (text.isBlank() || text.length() > Outbox.MAX_TEXT_CHARS) {
            return;
        }
        model.sendError.set("");
        view.clearInput();
        FxBindings.load(context.io(), () -> context.messenger().send(peer, text), (message, error) -> {
            if (error != null) {
                model.sendError.set(Optional.ofNullable(error.getMessage()).orElse(error.toString()));
                view.restoreInput(text);
            }
        });
    }

    void onRetry(Message message) {
        FxBindings.load(context.io(), () -> context.messenger().retry(message.id()), (m, error) -> {
            if (error != null) {
                model.sendError.set("Retry failed: " + error.getMessage());
            }
        });
    }

    void onCopy(Message message) {
        ClipboardContent content = new ClipboardContent();
        content.putString(message.text());
        Clipboard.getSystemClipboard().setContent(content);
    }

    void onDraftChanged(String text) {
        model.draftLength.set(text.length());
    }

    private void onStoreEvent(StoreEvent event) {
        switch (event) {
            case StoreEvent.MessageAdded added when added.message().peer().equals(peer) -> {
                Message m = added.message();
                UIThread.run(() -> append(m));
                if (m.state() == DeliveryState.RECEIVED) {
                    // Not on the store's dispatch thread: a write there would hold up every other subscriber.
                    context.io().execute(() -> conversations.markRead(peer));
                }
            }
            case StoreEvent.MessageUpdated updated when updated.message().peer().equals(peer) ->
                    UIThread.run(() -> replace(updated.message()));
            default -> {
            }
        }
    }

    /** Adds the newest page, skipping what the events already added. */
    private void mergeNewest(List<Message> newestFirst) {
        List<Message> page = new ArrayList<>(newestFirst.reversed());
        for (Message m : loaded) {
            if (page.stream().noneMatch(p -> p.id() == m.id())) {
                page.add(m);
            }
        }
        loaded.clear();
        loaded.addAll(page);
        model.items.setAll(ChatItem.of(loaded));
    }

    /**
     * Puts {@code rows} (older messages and their day separators) above the loaded rows as an insertion, not as new
     * contents, so the list keeps its cells. The separator on top of the loaded rows goes if the older rows end on
     * its day.
     */
    private void prepend(List<ChatItem> rows) {
        if (!model.items.isEmpty() && model.items.getFirst() instanceof ChatItem.Day first
                && rows.getLast() instanceof ChatItem.Bubble last
                && first.day().equals(Formats.day(last.message().sentAtMillis()))) {
            model.items.removeFirst();
        }
        model.items.addAll(0, rows);
    }

    private void append(Message m) {
        if (loaded.stream().anyMatch(x -> x.id() == m.id())) {
            replace(m);
            return;
        }
        boolean atEnd = view.isAtEnd() || m.direction() == Direction.OUT;
        if (loaded.isEmpty() || !Formats.day(loaded.getLast().sentAtMillis())
                .equals(Formats.day(m.sentAtMillis()))) {
            model.items.add(new ChatItem.Day(Formats.day(m.sentAtMillis())));
        }
        loaded.add(m);
        model.items.add(new ChatItem.Bubble(m));
        if (atEnd) {
            model.scrollToEnd.set(model.scrollToEnd.get() + 1);
        }
    }

    private void replace(Message m) {
        for (int i = loaded.size() - 1; i >= 0; i--) {
            if (loaded.get(i).id() == m.id()) {
                loaded.set(i, m);
                break;
            }
        }
        for (int i = model.items.size() - 1; i >= 0; i--) {
            if (model.items.get(i) instanceof ChatItem.Bubble b && b.message().id() == m.id()) {
                model.items.set(i, new ChatItem.Bubble(m));
                return;
            }
        }
    }
}
