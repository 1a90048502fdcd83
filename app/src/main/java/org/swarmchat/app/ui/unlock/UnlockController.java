package org.swarmchat.app.ui.unlock;

import javafx.scene.Parent;
import org.swarmchat.app.AppContext;
import org.swarmchat.app.AppState;
import org.swarmchat.app.ui.common.Controller;
import org.swarmchat.app.ui.common.FxBindings;
import org.swarmchat.app.ui.common.Pins;

/** Asks for the password that unlocks the profile's database key, and says when it is wrong. */
public final class UnlockController implements Controller {
    private final AppContext context;
    private final UnlockModel model = new UnlockModel();
    private final UnlockView view;
    private final Pins pins = new Pins();

    /** The unlock screen of {@code context}. */
    public UnlockController(AppContext context) {
        this.context = context;
        this.view = new UnlockView(model, this);
    }

    @Override
    public Parent root() {
        return view.root();
    }

    @Override
    public void onActivate() {
        pins.add(FxBindings.bind(context.progress(), text -> {
            if (context.state().get() == AppState.NEEDS_PASSWORD) {
                model.error.set(text);
                model.busy.set(false);
            }
        }));
        view.focus();
    }

    @Override
    public void onDeactivate() {
        pins.unbindAll();
        view.clear();
    }

    void onUnlock(String password) {
        if (password.isEmpty()) {
            return;
        }
        model.busy.set(true);
        model.error.set("");
        FxBindings.onFx(context.unlock(password.toCharArray()), (state, error) -> {
            model.busy.set(false);
            if (state == AppState.NEEDS_PASSWORD) {
                model.error.set("That password does not unlock this profile.");
                view.clear();
            }
        });
    }
}
