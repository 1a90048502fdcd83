package org.swarmchat.app.ui.settings;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The settings page's nodes. */
final class SettingsView {
    private final ScrollPane root;

    SettingsView(SettingsModel model, SettingsController controller) {
        Label title = new Label("Settings");
        title.getStyleClass().add("title");

        TextField name = new TextField();
        name.setId("displayNameSetting");
        model.displayName.addListener((obs, old, n) -> name.setText(n));
        HBox.setHgrow(name, Priority.ALWAYS);
        Button save = new Button("Save");
        save.setId("saveNameButton");
        save.setOnAction(e -> controller.onRename(name.getText()));
        Label nameMessage = new Label();
        nameMessage.getStyleClass().add("muted");
        nameMessage.textProperty().bind(model.nameMessage);

        CheckBox dark = new CheckBox("Dark theme");
        dark.setId("darkThemeToggle");
        dark.setSelected(model.dark.get());
        dark.selectedProperty().addListener((obs, old, on) -> controller.onDark(on));

        Label id = new Label();
        id.setId("accountIdSetting");
        id.setWrapText(true);
        id.getStyleClass().add("mono");
        id.textProperty().bind(model.accountId);
        Button copyId = new Button("Copy Account ID");
        copyId.setOnAction(e -> controller.onCopyAccountId());

        Button reveal = new Button("Reveal recovery password");
        reveal.setId("revealButton");
        reveal.setOnAction(e -> controller.onAskReveal());
        Label warning = new Label("Anyone who sees your recovery password can read your messages and write as you."
                + " Make sure no one is watching your screen.");
        warning.setWrapText(true);
        Button confirm = new Button("Show it");
        confirm.setId("confirmRevealButton");
        confirm.getStyleClass().add("danger");
        confirm.setOnAction(e -> controller.onConfirmReveal());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> controller.onCancelReveal());
        VBox confirmBox = new VBox(6, warning, new HBox(6, confirm, cancel));
        confirmBox.getStyleClass().add("warning-box");
        confirmBox.visibleProperty().bind(model.confirmingReveal);
        confirmBox.managedProperty().bind(model.confirmingReveal);
        Label words = new Label();
        words.setId("revealedRecoveryPassword");
        words.getStyleClass().add("recovery-password");
        words.setWrapText(true);
        words.textProperty().bind(model.recoveryPassword);
        words.managedProperty().bind(model.recoveryPassword.isNotEmpty());

        VBox content = new VBox(12, title,
                section("Display name"), new HBox(6, name, save), nameMessage,
                section("Appearance"), dark,
                section("Your Account ID"), id, copyId,
                section("Recovery password"), reveal, confirmBox, words);
        content.getStyleClass().add("page");
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("settingsPage");
    }

    Parent root() {
        return root;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section");
        return label;
    }
}
