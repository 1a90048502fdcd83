package org.swarmchat.app.ui;

import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.swarmchat.app.AppContext;
import org.swarmchat.app.AppState;
import org.swarmchat.app.ui.common.Controller;
import org.swarmchat.app.ui.common.FxBindings;
import org.swarmchat.app.ui.common.Pins;
import org.swarmchat.app.ui.common.Theme;
import org.swarmchat.app.ui.main.MainController;
import org.swarmchat.app.ui.notify.Notifier;
import org.swarmchat.app.ui.notify.Notifiers;
import org.swarmchat.app.ui.onboarding.OnboardingController;
import org.swarmchat.app.ui.startup.StartupController;
import org.swarmchat.app.ui.unlock.UnlockController;

/**
 * The window's root controller: shows the screen that fits the app's state (start-up progress, onboarding, or the
 * main window) and activates and deactivates the screens as they change.
 */
public final class AppWindow implements Controller {
    /** The window title. */
    public static final String TITLE = "Swarmchat";

    private final AppContext context;
    private final Optional<Runnable> restart;
    private final UnaryOperator<Notifier> notifiers;
    private final StackPane root = new StackPane();
    private final Pins pins = new Pins();
    private Controller current;
    private OnboardingController onboarding;
    private MainController main;
    private StartupController startup;
    private UnlockController unlock;

    /** The window of {@code context}, with desktop notifications where the desktop has them; no restart. */
    public AppWindow(AppContext context) {
        this(context, Optional.empty(), Notifiers::desktopOr);
    }

    /**
     * The window of {@code context}; {@code restart} is offered in settings after a network change, and
     * {@code notifiers} picks the notifier for new messages, given the window's own in-window one.
     */
    public AppWindow(AppContext context, Optional<Runnable> restart, UnaryOperator<Notifier> notifiers) {
        this.context = context;
        this.restart = restart;
        this.notifiers = notifiers;
        root.setId("appRoot");
    }

    /** Puts the window on {@code stage}, shows it, and activates it. */
    public void show(Stage stage) {
        Scene scene = new Scene(root, 1040, 700);
        Theme.install(scene);
        stage.setTitle(TITLE);
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.setScene(scene);
        onActivate();
        stage.show();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void onActivate() {
        pins.add(FxBindings.bind(context.state(), this::showState));
    }

    @Override
    public void onDeactivate() {
        pins.unbindAll();
        switchTo(null);
    }

    private void showState(AppState state) {
        switch (state) {
            case NEEDS_ACCOUNT -> {
                if (onboarding == null) {
                    onboarding = new OnboardingController(context);
                }
                switchTo(onboarding);
            }
            case NEEDS_PASSWORD -> {
                if (unlock == null) {
                    unlock = new UnlockController(context);
                }
                switchTo(unlock);
            }
            case READY -> {
                boolean first = main == null;
                if (first) {
                    main = new MainController(context, restart, notifiers);
                }
                switchTo(main);
                if (first) {
                    StartupHooks.chatToOpen(context).ifPresent(peer -> main.openChat(peer, Optional.of("Echo")));
                }
            }
            default -> {
                if (startup == null) {
                    startup = new StartupController(context);
                }
                switchTo(startup);
            }
        }
    }

    private void switchTo(Controller next) {
        if (next == current) {
            return;
        }
        if (current != null) {
            current.onDeactivate();
        }
        current = next;
        if (next == null) {
            root.getChildren().clear();
            return;
        }
        root.getChildren().setAll(next.root());
        next.onActivate();
    }
}
