package org.swarmchat.app.ui.settings;

import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.swarmchat.app.AppContext;
import org.swarmchat.app.core.Identity;
import org.swarmchat.app.ui.common.Controller;
import org.swarmchat.app.ui.common.FxBindings;

/** Settings: display name, theme, the Account ID, and the recovery password behind a confirmation. */
public final class SettingsController implements Controller {
    private final AppContext context;
    private final Consumer<Boolean> onTheme;
    private final SettingsModel model = new SettingsModel();
    private final SettingsView view;

    /** The settings of {@code context}; {@code onTheme} switches the window to dark ({@code true}) or light. */
    public SettingsController(AppContext context, boolean dark, Consumer<Boolean> onTheme) {
        this.context = context;
        this.onTheme = onTheme;
        model.dark.set(dark);
        this.view = new SettingsView(model, this);
    }

    @Override
    public Parent root() {
        return view.root();
    }

    @Override
    public void onActivate() {
        model.nameMessage.set("");
        FxBindings.load(context.io(), () -> context.profile().identity(), (identity, error) -> {
            if (identity != null) {
                show(identity);
            }
        });
    }

    @Override
    public void onDeactivate() {
        model.recoveryPassword.set("");
        model.confirmingReveal.set(false);
    }

    void onRename(String name) {
        FxBindings.load(context.io(), () -> {
            context.profile().accounts().rename(name);
            return context.profile().identity();
        }, (identity, error) -> {
            if (error != null) {
                model.nameMessage.set(error.getMessage());
                return;
            }
            show(identity);
            model.nameMessage.set("Saved.");
        });
    }

    void onDark(boolean dark) {
        model.dark.set(dark);
        onTheme.accept(dark);
    }

    void onCopyAccountId() {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.accountId.get());
        Clipboard.getSystemClipboard().setContent(content);
    }

    void onAskReveal() {
        model.confirmingReveal.set(true);
    }

    void onCancelReveal() {
        model.confirmingReveal.set(false);
    }

    void onConfirmReveal() {
        model.confirmingReveal.set(false);
        FxBindings.load(context.io(), () -> context.profile().accounts().recoveryPassword(), (words, error) ->
                model.recoveryPassword.set(words == null ? "" : words.orElse("This account has no recovery"
                        + " password.")));
    }

    private void show(Identity identity) {
        model.displayName.set(identity.displayName());
        model.accountId.set(identity.accountId().hex());
    }
}
