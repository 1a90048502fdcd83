package org.swarmchat.app.ui.onboarding;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The onboarding screen: one card per step. */
final class OnboardingView {
    private final StackPane root = new StackPane();
    private final OnboardingModel model;
    private final OnboardingController controller;

    OnboardingView(OnboardingModel model, OnboardingController controller) {
        this.model = model;
        this.controller = controller;
        root.getStyleClass().add("onboarding");
        root.setId("onboarding");
        model.step.addListener((obs, old, step) -> show(step));
        show(model.step.get());
    }

    Parent root() {
        return root;
    }

    private void show(OnboardingModel.Step step) {
        Node card = switch (step) {
            case WELCOME -> welcome();
            case CREATE -> create();
            case SHOW_PASSWORD -> showPassword();
            case RESTORE -> restore();
        };
        root.getChildren().setAll(card);
    }

    private VBox card(String title, String subtitle) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title");
        Label sub = new Label(subtitle);
        sub.getStyleClass().add("subtitle");
        sub.setWrapText(true);
        VBox card = new VBox(12, heading, sub);
        card.getStyleClass().add("card");
        card.setMaxWidth(460);
        card.setMaxHeight(VBox.USE_PREF_SIZE);
        return card;
    }

    private Node welcome() {
        VBox card = card("Welcome to Swarmchat", "Private messages, stored by the nodes of the Session network."
                + " No phone number, no email: your account is a key that only this computer holds.");
        Button create = new Button("Create account");
        create.setId("createAccountButton");
        create.getStyleClass().add("accent");
        create.setDefaultButton(true);
        create.setMaxWidth(Double.MAX_VALUE);
        create.setOnAction(e -> controller.onChooseCreate());
        Button restore = new Button("I have an account");
        restore.setId("restoreAccountButton");
        restore.setMaxWidth(Double.MAX_VALUE);
        restore.setOnAction(e -> controller.onChooseRestore());
        card.getChildren().addAll(create, restore);
        return card;
    }

    private Node create() {
        VBox card = card("Choose a display name", "People you write to see this name. You can change it later.");
        TextField name = new TextField();
        name.setId("displayNameField");
        name.setPromptText("Display name");
        Label error = errorLabel("displayNameError");
        error.textProperty().bind(model.nameError);
        Button next = new Button("Continue");
        next.setId("continueButton");
        next.getStyleClass().add("accent");
        next.setDefaultButton(true);
        next.disableProperty().bind(model.busy.or(name.textProperty().isEmpty()));
        next.setOnAction(e -> controller.onCreate(name.getText()));
        card.getChildren().addAll(name, error, buttons(back(), next));
        name.requestFocus();
        return card;
    }

    private Node showPassword() {
        VBox card = card("Your recovery password", "These 13 words are the only way to restore your account on"
                + " another computer. Write them down or keep them in a password manager, and show them to no one.");
        Label words = new Label();
        words.setId("recoveryPassword");
        words.getStyleClass().add("recovery-password");
        words.setWrapText(true);
        words.textProperty().bind(model.recoveryPassword);
        Label id = new Label();
        id.getStyleClass().add("muted");
        id.setWrapText(true);
        id.textProperty().bind(model.accountId.map(a -> "Your Account ID: " + a));
        Button copy = new Button();
        copy.setId("copyRecoveryPasswordButton");
        copy.textProperty().bind(model.copied.map(c -> c ? "Copied" : "Copy"));
        copy.setOnAction(e -> controller.onCopyRecoveryPassword());
        Button saved = new Button("I have saved it");
        saved.setId("savedButton");
        saved.getStyleClass().add("accent");
        saved.setDefaultButton(true);
        saved.disableProperty().bind(model.busy);
        saved.setOnAction(e -> controller.onSaved());
        card.getChildren().addAll(words, id, buttons(copy, saved));
        return card;
    }

    private Node restore() {
        VBox card = card("Restore your account", "Type or paste the 13 words of your recovery password.");
        TextArea words = new TextArea();
        words.setId("recoveryPasswordField");
        words.setWrapText(true);
        words.setPrefRowCount(3);
        words.setPromptText("word word word …");
        words.textProperty().addListener((obs, old, text) -> controller.onRecoveryPasswordTyped(text));
        Label error = errorLabel("recoveryPasswordError");
        error.textProperty().bind(model.restoreError);
        TextField name = new TextField();
        name.setId("restoreNameField");
        name.setPromptText("Display name (optional)");
        Button restore = new Button("Restore");
        restore.setId("restoreButton");
        restore.getStyleClass().add("accent");
        restore.disableProperty().bind(model.busy);
        restore.setOnAction(e -> controller.onRestore(words.getText(), name.getText()));
        card.getChildren().addAll(words, error, name, buttons(back(), restore));
        return card;
    }

    private Button back() {
        Button back = new Button("Back");
        back.setId("backButton");
        back.setCancelButton(true);
        back.disableProperty().bind(model.busy);
        back.setOnAction(e -> controller.onBack());
        return back;
    }

    private static HBox buttons(Node... nodes) {
        HBox box = new HBox(8, nodes);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    private static Label errorLabel(String id) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        return error;
    }
}
