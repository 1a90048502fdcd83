package org.swarmchat.app.ui.main;

import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.swarmchat.app.AppContext;
import org.swarmchat.app.store.StoreEvent;
import org.swarmchat.app.ui.chat.ChatController;
import org.swarmchat.app.ui.common.Controller;
import org.swarmchat.app.ui.common.FxBindings;
import org.swarmchat.app.ui.common.Pins;
import org.swarmchat.app.ui.common.Theme;
import org.swarmchat.app.ui.conversations.ConversationsController;
import org.swarmchat.app.ui.network.NetworkController;
import org.swarmchat.app.ui.notify.InAppNotifier;
import org.swarmchat.app.ui.notify.IncomingNotifications;
import org.swarmchat.app.ui.notify.Notifier;
import org.swarmchat.app.ui.settings.SettingsController;
import org.swarmchat.crypto.AccountId;

/**
 * The main window: the conversation side bar, the path indicator, and one content page at a time (a chat, the
 * network page or settings), each activated when shown and deactivated when replaced. While it is shown, new
 * messages raise notifications.
 */
public final class MainController implements Controller {
    private final AppContext context;
    private final MainModel model = new MainModel();
    private final MainView view;
    private final ConversationsController conversations;
    private final Pins pins = new Pins();
    private final Optional<Runnable> restart;
    private final Notifier notifier;
    private Controller content;

    /**
     * The main window of a connected {@code context}. {@code restart}, if the app can restart itself, is offered in
     * settings; {@code notifiers} picks the notifier to use, given the window's own.
     */
    public MainController(AppContext context, Optional<Runnable> restart, UnaryOperator<Notifier> notifiers) {
        this.context = context;
        this.restart = restart;
        this.conversations = new ConversationsController(context, this::openChat);
        InAppNotifier inApp = new InAppNotifier();
        this.notifier = notifiers.apply(inApp);
        this.view = new MainView(model, this, conversations.root(), inApp.node());
    }

    @Override
    public Parent root() {
        return view.root();
    }

    @Override
    public void onActivate() {
        conversations.onActivate();
        pins.add(FxBindings.bind(context.messenger().swarmClient().pathStatus(),
                status -> model.pathState.set(status.state())));
        pins.add(FxBindings.subscribe(context.profile().store(), event -> {
            if (event instanceof StoreEvent.AccountChanged) {
                loadOwnName();
            }
        }));
        pins.add(new IncomingNotifications(context.messenger()::onReceived, context.notificationsOn()::get,
                this::isReading, notifier).start());
        loadOwnName();
        if (content != null) {
            content.onActivate();
        }
    }

    @Override
    public void onDeactivate() {
        pins.unbindAll();
        conversations.onDeactivate();
        if (content != null) {
            content.onDeactivate();
        }
    }

    /** Opens the chat with {@code peer}. */
    public void openChat(AccountId peer, Optional<String> name) {
        if (content instanceof ChatController chat && chat.peer().equals(peer)) {
            return;
        }
        conversations.select(peer);
        show(new ChatController(context, peer, name), MainModel.Page.CHAT);
    }

    void onNetwork() {
        conversations.select(null);
        show(new NetworkController(context), MainModel.Page.NETWORK);
    }

    void onSettings() {
        conversations.select(null);
        boolean dark = view.root().getScene() != null && Theme.isDark(view.root().getScene());
        show(new SettingsController(context, dark, on -> {
            if (view.root().getScene() != null) {
                Theme.setDark(view.root().getScene(), on);
            }
        }, restart), MainModel.Page.SETTINGS);
    }

    /** Whether the user is reading {@code peer}'s chat: the window has the focus and shows it. */
    private boolean isReading(AccountId peer) {
        Scene scene = view.root().getScene();
        boolean focused = scene != null && scene.getWindow() != null && scene.getWindow().isFocused();
        return focused && content instanceof ChatController chat && chat.peer().equals(peer);
    }

    private void show(Controller next, MainModel.Page page) {
        if (content != null) {
            content.onDeactivate();
        }
        content = next;
        model.page.set(page);
        view.showContent(next.root());
        next.onActivate();
    }

    private void loadOwnName() {
        FxBindings.load(context.io(), () -> context.profile().identity(), (identity, error) -> {
            if (identity != null) {
                model.ownName.set(identity.displayName());
            }
        });
    }
}
