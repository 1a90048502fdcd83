package org.swarmchat.app.ui.settings;

import java.util.Map;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
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

        VBox content = new VBox(12, title,
                section("Display name"), new HBox(6, name, save), nameMessage,
                section("Appearance"), dark,
                section("Your Account ID"), accountId(model, controller),
                section("Recovery password"), recoveryPassword(model, controller),
                section("Notifications"), notifications(model, controller),
                section("Network"), network(model, controller));
        content.getStyleClass().add("page");
        content.getStylesheets().add(Objects.requireNonNull(SettingsView.class.getResource("settings.css"),
                "settings.css").toExternalForm());
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("settingsPage");
    }

    Parent root() {
        return root;
    }

    private static HBox accountId(SettingsModel model, SettingsController controller) {
        Label id = new Label();
        id.setId("accountIdSetting");
        id.setWrapText(true);
        id.getStyleClass().add("mono");
        id.textProperty().bind(model.accountId);
        ImageView qr = new ImageView();
        qr.setId("accountIdQr");
        // Nearest-neighbour only: a smoothed QR code has grey module edges.
        qr.setSmooth(false);
        qr.imageProperty().bind(model.accountQr);
        Label qrHint = new Label("Others can scan this code to start a conversation with you.");
        qrHint.getStyleClass().add("muted");
        qrHint.setWrapText(true);
        Button copyId = new Button("Copy Account ID");
        copyId.setOnAction(e -> controller.onCopyAccountId());
        VBox qrBox = new VBox(qr);
        qrBox.getStyleClass().add("qr-code");
        qrBox.setMinSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        VBox words = new VBox(8, id, copyId, qrHint);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox row = new HBox(16, qrBox, words);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private static VBox notifications(SettingsModel model, SettingsController controller) {
        CheckBox on = new CheckBox("Show a notification when a message arrives");
        on.setId("notificationsToggle");
        on.selectedProperty().bindBidirectional(model.notifications);
        // onAction fires for the user's clicks only, not when the saved value is loaded into the box.
        on.setOnAction(e -> controller.onNotifications(on.isSelected()));
        Label message = new Label();
        message.setId("notificationsMessage");
        message.getStyleClass().add("error");
        message.textProperty().bind(model.notificationsMessage);
        message.managedProperty().bind(model.notificationsMessage.isNotEmpty());
        return new VBox(6, on, message);
    }

    private static VBox network(SettingsModel model, SettingsController controller) {
        Label current = new Label();
        current.setId("currentNetwork");
        current.setWrapText(true);
        current.textProperty().bind(model.currentNetwork);

        ToggleGroup group = new ToggleGroup();
        RadioButton devnet = radio("Local devnet (default)", "devnetChoice", group);
        RadioButton mainnet = radio("Session mainnet", "mainnetChoice", group);
        RadioButton custom = radio("Custom seed", "customNetworkChoice", group);
        Map<NetworkOption, Toggle> toggles = Map.of(NetworkOption.DEVNET, devnet, NetworkOption.MAINNET, mainnet,
                NetworkOption.CUSTOM, custom);
        model.networkOption.subscribe(option -> group.selectToggle(toggles.get(option)));
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            toggles.forEach((option, t) -> {
                if (t == toggle) {
                    model.networkOption.set(option);
                }
            });
            controller.onNetworkEdited();
        });

        TextField seed = new TextField();
        seed.setId("customSeedField");
        seed.setPromptText("https://seed.example.org:4443");
        seed.textProperty().bindBidirectional(model.customSeed);
        seed.disableProperty().bind(model.networkOption.isNotEqualTo(NetworkOption.CUSTOM));
        seed.textProperty().addListener((obs, old, text) -> controller.onNetworkEdited());
        HBox.setHgrow(seed, Priority.ALWAYS);
        Button save = new Button("Save network");
        save.setId("saveNetworkButton");
        save.setOnAction(e -> controller.onSaveNetwork());

        Label error = new Label();
        error.setId("networkError");
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.textProperty().bind(model.networkError);
        error.managedProperty().bind(model.networkError.isNotEmpty());
        Label notice = new Label();
        notice.setId("networkNotice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.networkNotice);
        Button restart = new Button("Restart now");
        restart.setId("restartButton");
        restart.getStyleClass().add("accent");
        restart.setOnAction(e -> controller.onRestart());
        restart.visibleProperty().bind(model.restartOffered);
        HBox noticeRow = new HBox(10, notice, restart);
        noticeRow.setAlignment(Pos.CENTER_LEFT);
        noticeRow.visibleProperty().bind(model.networkNotice.isNotEmpty());
        noticeRow.managedProperty().bind(noticeRow.visibleProperty());

        Label hint = new Label("Each network keeps its own accounts and messages. The command line's --network, when"
                + " given, overrides this choice.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        return new VBox(6, current, devnet, mainnet, custom, new HBox(6, seed, save), error, noticeRow, hint);
    }

    private static VBox recoveryPassword(SettingsModel model, SettingsController controller) {
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
        return new VBox(12, reveal, confirmBox, words);
    }

    private static RadioButton radio(String text, String id, ToggleGroup group) {
        RadioButton button = new RadioButton(text);
        button.setId(id);
        button.setToggleGroup(group);
        return button;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section");
        return label;
    }
}
