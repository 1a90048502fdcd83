package org.swarmchat.app.ui.onboarding;

import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.swarmchat.app.AppContext;
import org.swarmchat.app.core.AccountExistsException;
import org.swarmchat.app.core.DisplayNames;
import org.swarmchat.app.ui.common.Controller;
import org.swarmchat.app.ui.common.FxBindings;
import org.swarmchat.crypto.keys.InvalidRecoveryPasswordException;
import org.swarmchat.crypto.keys.RecoveryPassword;

/**
 * Onboarding: create an account (display name, then the recovery password to save) or restore one from its
 * recovery password, checked as it is typed; nothing is written until the password is valid.
 */
public final class OnboardingController implements Controller {
    private final AppContext context;
    private final OnboardingModel model = new OnboardingModel();
    private final OnboardingView view;

    /** Onboarding for {@code context}, whose profile has no account yet. */
    public OnboardingController(AppContext context) {
        this.context = context;
        this.view = new OnboardingView(model, this);
    }

    @Override
    public Parent root() {
        return view.root();
    }

    @Override
    public void onActivate() {
        model.step.set(OnboardingModel.Step.WELCOME);
    }

    @Override
    public void onDeactivate() {
        model.recoveryPassword.set("");
    }

    void onChooseCreate() {
        model.step.set(OnboardingModel.Step.CREATE);
    }

    void onChooseRestore() {
        model.step.set(OnboardingModel.Step.RESTORE);
    }

    void onBack() {
        model.nameError.set("");
        model.restoreError.set("");
        model.step.set(OnboardingModel.Step.WELCOME);
    }

    void onCreate(String name) {
        try {
            DisplayNames.check(name);
        } catch (IllegalArgumentException e) {
            model.nameError.set(e.getMessage());
            return;
        }
        model.nameError.set("");
        model.busy.set(true);
        FxBindings.onFx(context.createAccount(name.strip()), (created, error) -> {
            model.busy.set(false);
            if (error != null) {
                model.nameError.set(describe(error));
                return;
            }
            model.recoveryPassword.set(created.recoveryPassword());
            model.accountId.set(created.identity().accountId().hex());
            model.step.set(OnboardingModel.Step.SHOW_PASSWORD);
        });
    }

    void onCopyRecoveryPassword() {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.recoveryPassword.get());
        Clipboard.getSystemClipboard().setContent(content);
        model.copied.set(true);
    }

    void onSaved() {
        model.recoveryPassword.set("");
        model.busy.set(true);
        context.connect();
    }

    /** Checks the typed words at once, without writing anything. */
    void onRecoveryPasswordTyped(String words) {
        if (words.isBlank()) {
            model.restoreError.set("");
            model.restoreValid.set(false);
            return;
        }
        try {
            RecoveryPassword.decodeAccountSeed(words);
            model.restoreError.set("");
            model.restoreValid.set(true);
        } catch (InvalidRecoveryPasswordException e) {
            model.restoreValid.set(false);
            model.restoreError.set(explain(e, words));
        }
    }

    void onRestore(String words, String name) {
        onRecoveryPasswordTyped(words);
        if (!model.restoreValid.get()) {
            if (model.restoreError.get().isEmpty()) {
                model.restoreError.set("Type the 13 words of your recovery password.");
            }
            return;
        }
        Optional<String> displayName = Optional.of(name.strip()).filter(n -> !n.isEmpty());
        model.busy.set(true);
        FxBindings.onFx(context.restoreAccount(words, displayName), (identity, error) -> {
            if (error != null) {
                model.busy.set(false);
                model.restoreError.set(describe(error));
                return;
            }
            context.connect();
        });
    }

    private static String explain(InvalidRecoveryPasswordException e, String words) {
        long count = words.strip().split("\\s+").length;
        return switch (e.reason()) {
            case UNKNOWN_WORD -> "Unknown word “" + e.word().orElse("?") + "” (word "
                    + e.position().orElse(0) + ") — check its spelling.";
            case BAD_CHECKSUM -> "The last word (the checksum) does not match: one of the words is wrong.";
            case WRONG_WORD_COUNT -> count < RecoveryPassword.ACCOUNT_WORD_COUNT
                    ? (RecoveryPassword.ACCOUNT_WORD_COUNT - count) + " more word(s) needed: a recovery password"
                            + " has " + RecoveryPassword.ACCOUNT_WORD_COUNT + " words."
                    : "A recovery password has " + RecoveryPassword.ACCOUNT_WORD_COUNT + " words, not " + count + ".";
            case INVALID_WORDS -> capitalize(e.getMessage()) + ".";
        };
    }

    private static String describe(Throwable error) {
        if (error instanceof AccountExistsException) {
            return "This profile already has an account.";
        }
        if (error instanceof InvalidRecoveryPasswordException e) {
            return capitalize(e.getMessage());
        }
        return capitalize(Optional.ofNullable(error.getMessage()).orElse(error.toString()));
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
