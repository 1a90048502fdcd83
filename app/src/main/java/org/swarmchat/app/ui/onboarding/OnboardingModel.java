package org.swarmchat.app.ui.onboarding;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The onboarding screen's state. */
public final class OnboardingModel {
    /** The steps of onboarding. */
    public enum Step {
        /** Create or restore. */
        WELCOME,
        /** Choose a display name. */
        CREATE,
        /** The new account's recovery password, to be saved. */
        SHOW_PASSWORD,
        /** Type a recovery password. */
        RESTORE
    }

    final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.WELCOME);
    final StringProperty nameError = new SimpleStringProperty("");
    final StringProperty recoveryPassword = new SimpleStringProperty("");
    final StringProperty accountId = new SimpleStringProperty("");
    final StringProperty restoreError = new SimpleStringProperty("");
    final BooleanProperty restoreValid = new SimpleBooleanProperty(false);
    final BooleanProperty busy = new SimpleBooleanProperty(false);
    final BooleanProperty copied = new SimpleBooleanProperty(false);
}
