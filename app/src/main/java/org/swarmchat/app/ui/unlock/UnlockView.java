package org.swarmchat.app.ui.unlock;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** A password field and an Unlock button. */
final class UnlockView {
    private final StackPane root = new StackPane();
    private final PasswordField password = new PasswordField();

    UnlockView(UnlockModel model, UnlockController controller) {
        Label title = new Label("Unlock your profile");
        title.getStyleClass().add("title");
        Label sub = new Label("This profile's messages are locked with a password.");
        sub.getStyleClass().add("subtitle");
        password.setId("passwordField");
        password.setPromptText("Password");
        password.disableProperty().bind(model.busy);
        password.setOnAction(e -> controller.onUnlock(password.getText()));
        Label error = new Label();
        error.setId("unlockError");
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.textProperty().bind(model.error);
        error.managedProperty().bind(model.error.isNotEmpty());
        Button unlock = new Button("Unlock");
        unlock.setId("unlockButton");
        unlock.getStyleClass().add("accent");
        unlock.setDefaultButton(true);
        unlock.disableProperty().bind(model.busy.or(password.textProperty().isEmpty()));
        unlock.setOnAction(e -> controller.onUnlock(password.getText()));
        HBox buttons = new HBox(unlock);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox card = new VBox(12, title, sub, password, error, buttons);
        card.getStyleClass().add("card");
        card.setMaxSize(420, VBox.USE_PREF_SIZE);
        root.getChildren().add(card);
        root.setId("unlock");
    }

    Parent root() {
        return root;
    }

    void focus() {
        password.requestFocus();
    }

    void clear() {
        password.clear();
    }
}
