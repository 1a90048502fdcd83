package org.swarmchat.app.ui.settings;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.swarmchat.app.AppContext;
import org.swarmchat.app.config.AppSettings;
import org.swarmchat.app.config.NetworkChoice;
import org.swarmchat.app.core.Identity;
import org.swarmchat.app.ui.common.Controller;
import org.swarmchat.app.ui.common.FxBindings;

/**
 * Settings: display name, theme, the Account ID (text, QR code, copy), the recovery password behind a confirmation,
 * the network to join at the next start, and notifications on or off. The last two live in the data folder's
 * settings file ({@link AppContext#appSettings()}), not in the profile: they hold before any profile is open.
 */
public final class SettingsController implements Controller {
    /** Pixels per QR module: the Account ID's code is then about 180 pixels wide. */
    private static final int QR_SCALE = 4;

    private final AppContext context;
    private final Consumer<Boolean> onTheme;
    private final Optional<Runnable> restart;
    private final SettingsModel model = new SettingsModel();
    private final SettingsView view;

    /**
     * The settings of {@code context}; {@code onTheme} switches the window to dark ({@code true}) or light, and
     * {@code restart}, where the app can restart itself, starts it again on the chosen network.
     */
    public SettingsController(AppContext context, boolean dark, Consumer<Boolean> onTheme,
            Optional<Runnable> restart) {
        this.context = context;
        this.onTheme = onTheme;
        this.restart = restart;
        model.dark.set(dark);
        model.currentNetwork.set("Swarmchat uses " + NetworkChoices.describe(context.options().network()) + ".");
        this.view = new SettingsView(model, this);
    }

    @Override
    public Parent root() {
        return view.root();
    }

    @Override
    public void onActivate() {
        model.nameMessage.set("");
        model.networkError.set("");
        model.notificationsMessage.set("");
        FxBindings.load(context.io(), () -> context.profile().identity(), (identity, error) -> {
            if (identity != null) {
                show(identity);
            }
        });
        FxBindings.load(context.io(), () -> context.appSettings().read(), (settings, error) -> {
            if (settings != null) {
                show(settings);
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

    /** Saves the chosen network for the next start; an invalid seed URL is explained and nothing is written. */
    void onSaveNetwork() {
        NetworkChoice choice;
        try {
            choice = NetworkChoices.choiceOf(model.networkOption.get(), model.customSeed.get());
        } catch (IllegalArgumentException e) {
            model.networkError.set(e.getMessage());
            return;
        }
        model.networkError.set("");
        FxBindings.load(context.io(), () -> context.appSettings().update(s -> s.withNetwork(choice)),
                (settings, error) -> {
                    if (error != null) {
                        model.networkError.set(error.getMessage());
                    } else {
                        show(settings);
                    }
                });
    }

    void onNetworkEdited() {
        model.networkError.set("");
    }

    void onRestart() {
        restart.ifPresent(Runnable::run);
    }

    void onNotifications(boolean on) {
        model.notificationsMessage.set("");
        FxBindings.load(context.io(), () -> context.saveNotifications(on),
                (settings, error) -> {
                    if (error != null) {
                        model.notificationsMessage.set(error.getMessage());
                        model.notifications.set(!on);
                    }
                });
    }

    private void show(Identity identity) {
        model.displayName.set(identity.displayName());
        model.accountId.set(identity.accountId().hex());
        model.accountQr.set(QrCode.render(identity.accountId().hex(), QR_SCALE));
    }

    private void show(AppSettings settings) {
        NetworkChoice saved = settings.networkChoice();
        model.networkOption.set(NetworkChoices.optionOf(saved));
        if (model.networkOption.get() == NetworkOption.CUSTOM) {
            model.customSeed.set(saved.seeds().getFirst().toString());
        }
        boolean differs = !saved.equals(context.options().network());
        model.networkNotice.set(differs ? "Swarmchat will use " + NetworkChoices.describe(saved) + " after a restart."
                : "");
        model.restartOffered.set(differs && restart.isPresent());
        model.notifications.set(settings.notifications());
    }
}
