package org.swarmchat.app.ui.startup;

import javafx.scene.Parent;
import org.swarmchat.app.AppContext;
import org.swarmchat.app.AppState;
import org.swarmchat.app.ui.common.Controller;
import org.swarmchat.app.ui.common.FxBindings;
import org.swarmchat.app.ui.common.Pins;

/** Shows each step of the start-up chain as it happens, and a failure in words. */
public final class StartupController implements Controller {
    private final AppContext context;
    private final StartupModel model = new StartupModel();
    private final StartupView view;
    private final Pins pins = new Pins();

    /** The start-up screen of {@code context}. */
    public StartupController(AppContext context) {
        this.context = context;
        this.view = new StartupView(model, this);
    }

    @Override
    public Parent root() {
        return view.root();
    }

    @Override
    public void onActivate() {
        pins.add(FxBindings.bind(context.state(), state -> {
            model.failed.set(state == AppState.FAILED);
            model.step.set(switch (state) {
                case NEW, OPENING_PROFILE -> "Starting…";
                case STARTING_DEVNET -> "Starting the network";
                case CONNECTING -> "Connecting to the Session network";
                case FAILED -> "Swarmchat could not start";
                case STOPPING, STOPPED -> "Closing…";
                default -> "";
            });
        }));
        pins.add(FxBindings.bind(context.progress(), model.detail::set));
    }

    /** Runs the start chain again after a failure (a step that already finished is not repeated). */
    void onTryAgain() {
        model.failed.set(false);
        context.start();
    }

    @Override
    public void onDeactivate() {
        pins.unbindAll();
    }
}
